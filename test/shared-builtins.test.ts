import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {expect, test} from 'vitest';

type SharedBuiltins = {
	readonly shareBuiltinImports: (bundle: string) => {
		text: string;
		count: number;
	};
};

const root = path.resolve(import.meta.dirname, '..');
const {shareBuiltinImports} = (await import(
	pathToFileURL(path.join(root, 'scripts/shared-builtins.js')).href
)) as SharedBuiltins;
const folder = fs.mkdtempSync(
	path.join(os.tmpdir(), 'triage-shared-builtins-'),
);

/** Two modules that import `node:fs` (and one `node:path`) by default, and a bundled CommonJS module. */
async function sampleBundle(): Promise<string> {
	fs.writeFileSync(
		path.join(folder, 'a.mjs'),
		"import fs from 'node:fs';\nimport * as space from 'node:fs';\nimport path from 'node:path';\nexport const a = {fs, space, join: path.join('x', 'y'), exists: fs.existsSync};",
	);
	fs.writeFileSync(
		path.join(folder, 'b.mjs'),
		"import fs from 'node:fs';\nimport * as space from 'node:fs';\nexport const b = {fs, space, read: space.readFileSync};",
	);
	fs.writeFileSync(path.join(folder, 'c.cjs'), 'module.exports = {value: 42};');
	const result = await build({
		stdin: {
			contents:
				"import {a} from './a.mjs';\nimport {b} from './b.mjs';\nimport c from './c.cjs';\nexport {a, b, c};",
			resolveDir: folder,
		},
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		write: false,
		logLevel: 'silent',
	});
	return result.outputFiles[0]!.text;
}

function load(text: string, name: string) {
	const file = path.join(folder, name);
	fs.writeFileSync(file, text);
	return createRequire(import.meta.url)(file) as {
		a: {fs: unknown; space: unknown; join: string; exists: unknown};
		b: {fs: unknown; space: unknown; read: unknown};
		c: {value: number};
	};
}

test('default imports of a Node module share one wrapper, and read the same as before', async () => {
	const bundle = await sampleBundle();
	const {text, count} = shareBuiltinImports(bundle);
	expect(count).toBeGreaterThanOrEqual(3);
	expect(text).not.toMatch(/__toESM\(require\("node:/);
	const before = load(bundle, 'before.cjs');
	const after = load(text, 'after.cjs');
	expect(after.a.fs).toBe(fs);
	expect(after.b.fs).toBe(fs);
	expect(after.a.join).toBe(path.join('x', 'y'));
	expect(after.a.exists).toBe(fs.existsSync);
	expect(after.b.read).toBe(fs.readFileSync);
	expect(after.c).toEqual({value: 42});
	expect(after.b.space).toBe(after.a.space);
	expect(before.b.space).not.toBe(before.a.space);
	expect(after).toEqual(before);
});

test('a bundle without esbuild’s helper fails the build', () => {
	expect(() => shareBuiltinImports('var x = require("node:fs");')).toThrow(
		/not in the bundle as expected/,
	);
});

test('the CLI bundle wraps no Node module, and not React, more than once', () => {
	const built = fs.readFileSync(path.join(root, 'dist/main.cjs'), 'latin1');
	expect(built).toContain('var __toESMShared = ');
	expect(built).not.toMatch(/__toESM\(require\("node:/);
	expect(built.match(/__toESMShared\(require\(/g)?.length).toBeGreaterThan(50);
	// React's entry points too: complete when first required.
	expect(built).not.toContain('__toESM(require_react()');
	expect(built).not.toContain('__toESM(require_jsx_runtime()');
	expect(built).toContain('__toESMShared(require_react()');
});
