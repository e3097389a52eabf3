import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {build, type Plugin} from 'esbuild';
import {describe, expect, test} from 'vitest';

type Rewrite = {
	readonly file: readonly string[];
	readonly replace: ReadonlyArray<readonly [RegExp, string]>;
};
type NoTopLevelAwait = {
	readonly noTopLevelAwaitPlugin: Plugin;
	readonly rewrites: readonly Rewrite[];
	readonly rewriteSource: (source: string, rewrite: Rewrite) => string;
};

const root = path.resolve(import.meta.dirname, '..');
const {noTopLevelAwaitPlugin, rewrites, rewriteSource} = (await import(
	pathToFileURL(path.join(root, 'scripts/no-top-level-await.js')).href
)) as NoTopLevelAwait;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-no-tla-'));

/** A small tree of flex boxes, laid out; each node's computed box. */
const layoutScript = `
import Yoga from 'yoga-layout';
export function layout() {
	const root = Yoga.Node.create();
	root.setWidth(120);
	root.setFlexDirection(Yoga.FLEX_DIRECTION_ROW);
	root.setPadding(Yoga.EDGE_ALL, 1);
	const children = [1, 2, 3].map(grow => {
		const child = Yoga.Node.create();
		child.setFlexGrow(grow);
		child.setMinHeight(grow * 2);
		child.setMargin(Yoga.EDGE_LEFT, grow);
		root.insertChild(child, root.getChildCount());
		return child;
	});
	root.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
	const boxes = [root, ...children].map(node => node.getComputedLayout());
	root.freeRecursive();
	return boxes;
}`;

async function bundle(format: 'esm' | 'cjs', plugins: Plugin[]) {
	const result = await build({
		stdin: {contents: layoutScript, resolveDir: root},
		bundle: true,
		platform: 'node',
		format,
		target: 'node20',
		write: false,
		logLevel: 'silent',
		plugins,
	});
	return result.outputFiles[0]!.text;
}

describe('scripts/no-top-level-await.js', () => {
	test('yoga-layout instantiated at once in a CommonJS bundle lays out as the original does', async () => {
		const original = path.join(folder, 'original.mjs');
		fs.writeFileSync(original, await bundle('esm', []));
		const rewritten = path.join(folder, 'rewritten.cjs');
		fs.writeFileSync(rewritten, await bundle('cjs', [noTopLevelAwaitPlugin]));
		type Layout = {layout: () => unknown[]};
		const expected = (
			(await import(pathToFileURL(original).href)) as Layout
		).layout();
		const require = createRequire(import.meta.url);
		const actual = (require(rewritten) as Layout).layout();
		expect(actual).toEqual(expected);
		expect(actual).toHaveLength(4);
		expect(JSON.stringify(actual)).toContain('"width":120');
	});

	test("the CommonJS bundle of the CLI has no top-level await and never imports Ink's devtools", () => {
		const built = fs.readFileSync(path.join(root, 'dist/main.cjs'), 'utf8');
		expect(built).not.toContain('await loadYoga()');
		expect(built).not.toContain('await loadPackageJson()');
		expect(built).not.toContain('react-devtools-core');
		expect(built).not.toContain('connectToDevTools');
	});

	test('each rewrite applies once to the installed package, and a changed package fails the build', () => {
		for (const rewrite of rewrites) {
			const file = path.join(root, 'node_modules', ...rewrite.file);
			const source = fs.readFileSync(file, 'utf8');
			const rewritten = rewriteSource(source, rewrite);
			expect(rewritten).not.toBe(source);
			for (const [pattern] of rewrite.replace) {
				expect(() =>
					rewriteSource(source.replace(pattern, ''), rewrite),
				).toThrow(/has changed .* found 0×/);
				const [match] = pattern.exec(source)!;
				expect(() => rewriteSource(`${source}\n${match}`, rewrite)).toThrow(
					/found 2×/,
				);
			}
		}
	});
});
