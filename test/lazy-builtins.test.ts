import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import zlib from 'node:zlib';
import {build} from 'esbuild';
import {describe, expect, test} from 'vitest';
import {runCli} from './cli-helpers.js';

type LazyBuiltins = {
	readonly lazyModules: readonly string[];
	readonly lazyBuiltinImports: (bundle: string) => {
		text: string;
		counts: ReadonlyMap<string, number>;
	};
};
type SharedBuiltins = {
	readonly shareBuiltinImports: (bundle: string) => {text: string};
};

const root = path.resolve(import.meta.dirname, '..');
const scripts = async <T>(name: string) =>
	(await import(pathToFileURL(path.join(root, 'scripts', name)).href)) as T;
const {lazyModules, lazyBuiltinImports} =
	await scripts<LazyBuiltins>('lazy-builtins.js');
const {shareBuiltinImports} =
	await scripts<SharedBuiltins>('shared-builtins.js');
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-lazy-builtins-'));

/** Every module of the list imported as the bundle's modules import them: by default, by name, by require. */
async function sampleBundle(): Promise<string> {
	fs.writeFileSync(
		path.join(folder, 'a.mjs'),
		[
			"import zlib from 'node:zlib';",
			"import assert from 'node:assert';",
			"import {spawnSync} from 'node:child_process';",
			"import {createInterface} from 'node:readline/promises';",
			"import {setTimeout as sleep} from 'node:timers/promises';",
			'export const a = {zlib, assert, spawnSync, createInterface, sleep};',
		].join('\n'),
	);
	fs.writeFileSync(
		path.join(folder, 'b.cjs'),
		"const assert = require('assert');\nmodule.exports = {check: value => assert.equal(value, 1), assert};",
	);
	const result = await build({
		stdin: {
			contents:
				"import {a} from './a.mjs';\nimport b from './b.cjs';\nexport {a, b};",
			resolveDir: folder,
		},
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		write: false,
		logLevel: 'silent',
	});
	return shareBuiltinImports(result.outputFiles[0]!.text).text;
}

describe('Node modules required on first use (scripts/lazy-builtins.js)', () => {
	test("each import is the module's own values, whole, callable, and `in` as the module", async () => {
		const {text, counts} = lazyBuiltinImports(await sampleBundle());
		expect(Object.fromEntries(counts)).toEqual(
			Object.fromEntries(lazyModules.map(name => [name, 1])),
		);
		expect(text).not.toMatch(
			/require\("(?:node:)?(?:zlib|assert|child_process|readline\/promises|timers\/promises)"\)/,
		);
		const file = path.join(folder, 'lazy.cjs');
		fs.writeFileSync(file, text);
		const {a, b} = createRequire(import.meta.url)(file) as {
			a: {
				zlib: typeof zlib;
				assert: {strictEqual: unknown};
				spawnSync: typeof spawnSync;
				createInterface: unknown;
				sleep: (ms: number, value: string) => Promise<string>;
			};
			b: {check: (value: number) => void; assert: (value: unknown) => void};
		};
		expect(a.zlib.gzipSync).toBe(zlib.gzipSync);
		expect(a.zlib.constants).toBe(zlib.constants);
		expect('gunzipSync' in a.zlib).toBe(true);
		expect(a.zlib.gunzipSync(a.zlib.gzipSync('text')).toString()).toBe('text');
		expect(a.assert.strictEqual).toBe(
			(createRequire(import.meta.url)('node:assert') as {strictEqual: unknown})
				.strictEqual,
		);
		expect(a.spawnSync).toBe(spawnSync);
		expect(
			a.spawnSync(process.execPath, ['-e', 'process.stdout.write("ran")'], {
				encoding: 'utf8',
			}).stdout,
		).toBe('ran');
		expect(typeof a.createInterface).toBe('function');
		await expect(a.sleep(1, 'slept')).resolves.toBe('slept');
		b.check(1);
		expect(() => {
			b.check(2);
		}).toThrow('2 == 1');
		// `assert` is a function too: the proxy calls it.
		expect(() => {
			b.assert(false);
		}).toThrow(/falsy value/);
	});

	test('a module of the list no longer required fails the build, naming the step', async () => {
		const bundle = await sampleBundle();
		expect(() =>
			lazyBuiltinImports(bundle.replace('require("node:zlib")', 'undefined')),
		).toThrow(
			/scripts\/lazy-builtins\.js: node:zlib no longer required in the bundle as expected/,
		);
	});

	test('report loads none of them from the built CLI', () => {
		// Preloaded: at exit, which of them Node loaded, on stderr.
		const preload = path.join(folder, 'loaded.cjs');
		fs.writeFileSync(
			preload,
			"process.on('exit', () => process.stderr.write('loaded: ' + process.moduleLoadList.filter(name => /^NativeModule (?:child_process|zlib|assert|readline\\/promises|timers\\/promises)$/.test(name)).join(',') + '\\n'));\n",
		);
		const result = runCli(['report', path.resolve('fixtures/demo/run.log')], {
			env: {NODE_OPTIONS: `--require=${preload}`},
		});
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('TEST FAILURE ANALYSIS REPORT');
		expect(result.stderr).toBe('loaded: \n');
	});
});
