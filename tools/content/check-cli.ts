/**
 * `npm run content:check`: validates content/ and prints each problem as
 * `file:line field: message`, in English and Vietnamese. Exits 1 on any error.
 */
import { runCheck } from './run-check.ts';

const root = process.cwd();
const { errors } = await runCheck(root, (line) => console.log(line));
process.exitCode = errors > 0 ? 1 : 0;
