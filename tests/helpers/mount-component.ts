/** Mounting a Svelte component in jsdom for the `*.svelte.test.ts` files, and taking it away after each test. */
import { afterEach } from 'vitest';
import { flushSync, mount, unmount, type Component } from 'svelte';

let mounted: ReturnType<typeof mount> | null = null;

/** Mounts `component` into a fresh element of the body and returns that element. */
export function render<P extends Record<string, unknown>>(component: Component<P>, props: P): HTMLElement {
	const target = document.createElement('div');
	document.body.append(target);
	mounted = mount(component, { target, props });
	flushSync();
	return target;
}

afterEach(() => {
	if (mounted) void unmount(mounted);
	mounted = null;
	document.body.innerHTML = '';
});
