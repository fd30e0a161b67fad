/** `npm run content:report`: writes docs/content-report.md, the office's list of gaps. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, readProvince } from './load-content.ts';
import { officeReport, reportMarkdown } from './report.ts';

const root = process.cwd();
const { content } = loadContent(root, readProvince(root));
const report = officeReport(content);
writeFileSync(join(root, 'docs/content-report.md'), reportMarkdown(report, content.places.length));
for (const s of report) console.log(`${s.title}: ${s.gaps.length}`);
console.log('→ docs/content-report.md');
