import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const alias = {
	$lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
	$shared: fileURLToPath(new URL('./src/shared', import.meta.url))
};

export default defineConfig({
	resolve: { alias },
	test: {
		projects: [
			{
				resolve: { alias },
				test: {
					name: 'unit',
					// Generous on a shared 2-core machine: a time-out there proves nothing about the product.
					testTimeout: 30_000,
					environment: 'node',
					include: ['src/**/*.test.ts', 'tools/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', 'src/lib/storage/**/*.test.ts']
				}
			},
			{
				plugins: [svelte()],
				resolve: {
					alias: { ...alias, 'virtual:content-manifest': fileURLToPath(new URL('./tests/fixtures/content-manifest.ts', import.meta.url)) },
					conditions: ['browser']
				},
				test: {
					name: 'dom',
					testTimeout: 30_000,
					environment: 'jsdom',
					setupFiles: ['tests/helpers/load-strings.ts'],
					include: ['src/**/*.svelte.test.ts', 'src/lib/storage/**/*.test.ts']
				}
			}
		]
	}
});
