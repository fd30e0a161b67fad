/**
 * WebKit: WebKitGTK's MiniBrowser under Xvfb, driven through WebKitWebDriver (W3C WebDriver) by
 * the `webdriver` client. All three come from Debian (webkit2gtk-driver, xvfb); the client is
 * pointed at our own driver process, so it never looks for or downloads a driver.
 * The driver listens on ENGINES_PORT + 10 (default 4185).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import WebDriver from 'webdriver';
import type { EnginePage, ScriptArg } from './engine.ts';
import { SITE_PORT } from './site.ts';

export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const XVFB = '/usr/bin/Xvfb';
const DRIVER_PORT = SITE_PORT + 10;
type SessionOptions = Parameters<typeof WebDriver.newSession>[0];

/** Xvfb on the first free display; resolves with its name (":1"). */
function startXvfb(): Promise<{ display: string; child: ChildProcess }> {
	const child = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
		stdio: ['ignore', 'ignore', 'ignore', 'pipe']
	});
	return new Promise((ok, fail) => {
		child.once('exit', (code) => fail(new Error(`Xvfb exited with code ${code}`)));
		child.stdio[3]!.once('data', (d: Buffer) => ok({ display: `:${String(d).trim()}`, child }));
	});
}

function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
	const start = Date.now();
	return new Promise((ok, fail) => {
		const attempt = () => {
			const socket = connect(port, '127.0.0.1');
			socket.once('connect', () => (socket.destroy(), ok()));
			socket.once('error', () => {
				socket.destroy();
				if (Date.now() - start > timeoutMs) fail(new Error(`WebKitWebDriver did not listen on port ${port}`));
				else setTimeout(attempt, 50);
			});
		};
		attempt();
	});
}

export async function launchWebKit(baseUrl: string): Promise<EnginePage> {
	const children: ChildProcess[] = [];
	const killAll = () => children.forEach((c) => c.exitCode === null && c.kill());
	process.once('exit', killAll);
	try {
		const xvfb = await startXvfb();
		children.push(xvfb.child);
		const driver = spawn(WEBKIT_DRIVER, [`--port=${DRIVER_PORT}`], {
			env: { ...process.env, DISPLAY: xvfb.display },
			stdio: ['ignore', 'ignore', 'inherit']
		});
		children.push(driver);
		await waitForPort(DRIVER_PORT);
		const client = await WebDriver.newSession({
			hostname: '127.0.0.1',
			port: DRIVER_PORT,
			logLevel: 'error',
			connectionRetryTimeout: 60_000,
			capabilities: {
				browserName: 'MiniBrowser',
				// WebKitWebDriver speaks classic WebDriver only: no BiDi socket to ask for.
				'wdio:enforceWebDriverClassic': true,
				'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] }
			} as SessionOptions['capabilities']
		});
		await client.setTimeouts(undefined, 30_000, 30_000);
		await client.setWindowRect(null, null, 412, 915);
		const version = String(client.capabilities.browserVersion ?? '');
		const one = async (selector: string) => {
			const found = await client.findElement('css selector', selector);
			const id = found && Object.values(found)[0];
			if (typeof id !== 'string') throw new Error(`WebKit: no element matches ${selector}`);
			return id;
		};
		const run = async <T>(fn: string, ...args: ScriptArg[]): Promise<T> => {
			const script = `const done = arguments[arguments.length - 1];
				Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
					.then((value) => done({ value }), (err) => done({ error: String(err && err.stack || err) }));`;
			const out = (await client.executeAsyncScript(script, args)) as { value?: T; error?: string };
			if (out.error !== undefined) throw new Error(`WebKit page script failed: ${out.error}`);
			return out.value as T;
		};
		return {
			name: `WebKit (WebKitGTK ${version})`,
			goto: (path) => client.navigateTo(baseUrl + path),
			reload: () => client.refresh(),
			run,
			click: async (selector) => client.elementClick(await one(selector)),
			type: async (selector, text) => client.elementSendKeys(await one(selector), text),
			screenshot: async (selector) => client.takeElementScreenshot(await one(selector)),
			close: async () => {
				await client.deleteSession().catch(() => {});
				killAll();
				process.off('exit', killAll);
			}
		};
	} catch (err) {
		killAll();
		process.off('exit', killAll);
		throw err;
	}
}
