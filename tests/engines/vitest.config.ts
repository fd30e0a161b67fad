/**
 * `npm run test:engines` (through tools/engines.ts): the cross-engine journeys, one engine file
 * after the other (each starts its own nginx and browser), never part of `vitest run`.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		name: 'engines',
		root: import.meta.dirname,
		include: ['*.engine.ts'],
		environment: 'node',
		env: { WDIO_LOG_LEVEL: process.env.WDIO_LOG_LEVEL ?? 'error' },
		pool: 'forks',
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 90_000
	}
});
