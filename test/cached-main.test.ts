import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterEach, describe, expect, test} from 'vitest';
import {
	loadBundle,
	readCache,
	shouldSaveCache,
	writeCache,
} from '../source/cached-main.js';
import {configHome, runCli} from './cli-helpers.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-code-cache-'));
let serial = 0;

/**
A CommonJS bundle of its own text (V8 also keeps compiled scripts in memory by their text, so a test that
needs V8 to read a cache file gives it a text this process has not compiled).
*/
function bundleOf(body: string): {bundle: string; cacheFile: string} {
	serial++;
	const bundle = path.join(folder, `bundle-${serial}.cjs`);
	fs.writeFileSync(
		bundle,
		`// ${serial} ${process.pid}\nconst path = require('node:path');\n${body}\n`,
	);
	return {bundle, cacheFile: `${bundle}.cache`};
}

function digestOf(file: string): Buffer {
	return createHash('sha256').update(fs.readFileSync(file, 'utf8')).digest();
}

afterEach(() => {
	delete process.env['TRIAGE_CODE_CACHE'];
});

describe('loadBundle', () => {
	test('runs a CommonJS file with its own require, module, __filename and __dirname', async () => {
		const {bundle, cacheFile} = bundleOf(
			'module.exports = {file: __filename, dir: __dirname, base: path.basename(__filename), isExports: this === exports};',
		);
		const loaded = await loadBundle(bundle, cacheFile);
		expect(loaded.exports).toEqual({
			file: bundle,
			dir: path.dirname(bundle),
			base: path.basename(bundle),
			isExports: true,
		});
		expect(loaded.fromCache).toBe(false);
		expect(fs.existsSync(cacheFile)).toBe(false);
	});

	test('the cache written after a run starts with the digest of the text, and the next load is compiled from it', async () => {
		const {bundle, cacheFile} = bundleOf(
			'exports.twice = n => 2 * n; exports.value = exports.twice(21);',
		);
		const first = await loadBundle(bundle, cacheFile);
		expect(first.saveCache(false)).toBe(true);
		const written = fs.readFileSync(cacheFile);
		expect(written.subarray(0, 32).equals(digestOf(bundle))).toBe(true);
		expect(written[32]).toBe(0);
		expect(written.length).toBeGreaterThan(33);
		expect(
			fs.readdirSync(folder).filter(name => name.endsWith('.tmp')),
		).toEqual([]);
		const second = await loadBundle(bundle, cacheFile);
		expect(second.fromCache).toBe(true);
		expect(second.fromReview).toBe(false);
		expect(second.exports).toMatchObject({value: 42});
		expect(second.saveCache(true)).toBe(true);
		expect(fs.readFileSync(cacheFile)[32]).toBe(1);
		const third = await loadBundle(bundle, cacheFile);
		expect(third.fromReview).toBe(true);
	});

	test('a bundle changed since the cache was written (same length) is compiled from its new text', async () => {
		const {bundle, cacheFile} = bundleOf('exports.value = "old";');
		const old = await loadBundle(bundle, cacheFile);
		expect(old.saveCache(false)).toBe(true);
		// V8 checks a cache against the length of the text alone.
		const text = fs.readFileSync(bundle, 'utf8');
		fs.writeFileSync(bundle, text.replace('"old"', '"new"'));
		expect(fs.readFileSync(bundle, 'utf8')).toHaveLength(text.length);
		const changed = await loadBundle(bundle, cacheFile);
		expect(changed.fromCache).toBe(false);
		expect(changed.exports).toEqual({value: 'new'});
		expect(changed.saveCache(false)).toBe(true);
		expect(
			fs.readFileSync(cacheFile).subarray(0, 32).equals(digestOf(bundle)),
		).toBe(true);
	});

	test('cached data V8 refuses (damaged) is not used; the run goes on and a new cache replaces it', async () => {
		const {bundle, cacheFile} = bundleOf('exports.value = [1, 2, 3].length;');
		fs.writeFileSync(
			cacheFile,
			Buffer.concat([
				digestOf(bundle),
				Buffer.of(1),
				Buffer.from('not V8 data at all'),
			]),
		);
		const loaded = await loadBundle(bundle, cacheFile);
		expect(loaded.fromCache).toBe(false);
		expect(loaded.exports).toEqual({value: 3});
		expect(loaded.saveCache(false)).toBe(true);
		expect(fs.readFileSync(cacheFile).subarray(33).toString()).not.toBe(
			'not V8 data at all',
		);
	});

	test('a cache that cannot be written fails nothing and leaves no file', async () => {
		const {bundle} = bundleOf('exports.value = 1;');
		const nowhere = path.join(folder, 'no-such-folder', 'bundle.cache');
		const loaded = await loadBundle(bundle, nowhere);
		expect(loaded.exports).toEqual({value: 1});
		expect(loaded.saveCache(false)).toBe(false);
		expect(fs.existsSync(path.dirname(nowhere))).toBe(false);
		// A folder where the file should be: the rename fails, the temporary file is removed.
		const {bundle: other, cacheFile} = bundleOf('exports.value = 2;');
		fs.mkdirSync(cacheFile);
		const blocked = await loadBundle(other, cacheFile);
		expect(blocked.saveCache(false)).toBe(false);
		expect(
			fs.readdirSync(folder).filter(name => name.endsWith('.tmp')),
		).toEqual([]);
	});

	test('TRIAGE_CODE_CACHE=off reads and writes no cache', async () => {
		const {bundle, cacheFile} = bundleOf('exports.value = "off";');
		const on = await loadBundle(bundle, cacheFile);
		expect(on.saveCache(false)).toBe(true);
		process.env['TRIAGE_CODE_CACHE'] = 'off';
		fs.rmSync(cacheFile);
		const loaded = await loadBundle(bundle, cacheFile);
		expect(loaded.exports).toEqual({value: 'off'});
		expect(loaded.fromCache).toBe(false);
		expect(loaded.saveCache(false)).toBe(false);
		expect(fs.existsSync(cacheFile)).toBe(false);
	});
});

describe('readCache and writeCache', () => {
	test('a cache of another text, a short file or none gives nothing', () => {
		const file = path.join(folder, 'direct.cache');
		const digest = createHash('sha256').update('a').digest();
		const other = createHash('sha256').update('b').digest();
		expect(readCache(file, digest)).toBeUndefined();
		expect(
			writeCache(file, digest, {data: Buffer.from('data'), isReview: true}),
		).toBe(true);
		expect(readCache(file, digest)).toEqual({
			data: Buffer.from('data'),
			isReview: true,
		});
		expect(readCache(file, other)).toBeUndefined();
		fs.writeFileSync(file, Buffer.concat([digest, Buffer.of(0)]));
		expect(readCache(file, digest)).toBeUndefined();
	});

	test("a run writes the cache when it had none it could use, or when a review found another command's", () => {
		expect(shouldSaveCache({fromCache: false, fromReview: false}, false)).toBe(
			true,
		);
		expect(shouldSaveCache({fromCache: false, fromReview: false}, true)).toBe(
			true,
		);
		expect(shouldSaveCache({fromCache: true, fromReview: false}, false)).toBe(
			false,
		);
		expect(shouldSaveCache({fromCache: true, fromReview: false}, true)).toBe(
			true,
		);
		expect(shouldSaveCache({fromCache: true, fromReview: true}, true)).toBe(
			false,
		);
		expect(shouldSaveCache({fromCache: true, fromReview: true}, false)).toBe(
			false,
		);
	});
});

describe('the built CLI', () => {
	const demo = path.resolve('fixtures/demo/run.log');
	test('gives the same report from its code cache, without it, and with a damaged one', () => {
		const cacheFile = path.resolve('dist/main.cjs.cache');
		const args = ['report', demo, '--no-history'];
		const plain = runCli(args, {env: {TRIAGE_CODE_CACHE: 'off'}});
		expect(plain.status).toBe(0);
		expect(plain.stdout).toContain('TEST FAILURE ANALYSIS REPORT');
		// Another run may write the cache at any moment: each run here only needs a cache or none.
		const cached = runCli(args);
		expect(cached).toEqual(plain);
		expect(runCli(args)).toEqual(plain);
		expect(fs.existsSync(cacheFile)).toBe(true);
		const damaged = path.join(folder, 'damaged-dist');
		fs.mkdirSync(damaged);
		for (const name of ['cli.js', 'main.cjs']) {
			fs.copyFileSync(path.resolve('dist', name), path.join(damaged, name));
		}

		fs.writeFileSync(
			path.join(damaged, 'main.cjs.cache'),
			Buffer.concat([
				digestOf(path.join(damaged, 'main.cjs')),
				Buffer.of(0),
				Buffer.alloc(4096, 7),
			]),
		);
		// The copy finds the bundle's external packages through NODE_PATH.
		const result = spawnSync(
			process.execPath,
			[path.join(damaged, 'cli.js'), ...args],
			{
				encoding: 'utf8',
				env: {
					...process.env,
					NO_COLOR: '1',
					XDG_CONFIG_HOME: configHome,
					TRIAGE_HISTORY: 'off',
					NODE_PATH: path.resolve('node_modules'),
				},
			},
		);
		expect({
			status: result.status,
			stdout: result.stdout,
			stderr: result.stderr,
		}).toEqual(plain);
		// The damaged cache was replaced by a good one as the run exited.
		expect(
			fs.readFileSync(path.join(damaged, 'main.cjs.cache')).subarray(33),
		).not.toEqual(Buffer.alloc(4096, 7));
	});

	test('a run on a large input, which lowers the heap growth flag (heap-growth.ts), writes a cache the next run uses', () => {
		const copy = path.join(folder, 'large-input-dist');
		fs.mkdirSync(copy);
		for (const name of ['cli.js', 'main.cjs']) {
			fs.copyFileSync(path.resolve('dist', name), path.join(copy, name));
		}

		// Counted as ten times its size (a gzipped log), 320 MB of input; not gzip, so the run stops at once.
		const large = path.join(folder, 'large.log.gz');
		fs.writeFileSync(large, '');
		fs.truncateSync(large, 32 * 1024 * 1024);
		const run = (args: string[]) =>
			spawnSync(process.execPath, [path.join(copy, 'cli.js'), ...args], {
				encoding: 'utf8',
				env: {
					...process.env,
					NO_COLOR: '1',
					XDG_CONFIG_HOME: configHome,
					TRIAGE_HISTORY: 'off',
					NODE_PATH: path.resolve('node_modules'),
				},
			});
		const failed = run(['report', large, '--no-history']);
		expect(failed.status).not.toBe(0);
		expect(failed.stderr).not.toContain('    at ');
		const cacheFile = path.join(copy, 'main.cjs.cache');
		const written = fs.readFileSync(cacheFile);
		// V8 checks a cache against the flags: one written with the lowered flag would be refused and replaced.
		expect(run(['report', demo, '--no-history']).status).toBe(0);
		// Compared as one answer: a diff of two 600 KB buffers takes vitest minutes.
		expect(fs.readFileSync(cacheFile).equals(written)).toBe(true);
	});
});

describe('the built bundles', () => {
	test("each runs strict, as the tests run their modules: its first statement is the 'use strict' directive", () => {
		for (const file of ['dist/cli.js', 'dist/main.cjs']) {
			const text = fs.readFileSync(file, 'utf8').replace(/^#!.*\n/, '');
			// A directive is a string statement before any other statement: comments may come before it.
			expect(text, file).toMatch(
				/^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*(["'])use strict\1;/,
			);
		}
	});
});
