/**
An esbuild plugin for meow's own bundle (`meow/build/dependencies.js`): two of its modules run when it is
imported though meow calls them only in cases the CLI never meets, and they cost every command tens of
milliseconds of CPU (about 70 ms at load 7).

- normalize-package-data, with hosted-git-info, semver and validate-npm-package-license, whose
  spdx-correct sorts the SPDX licence list: meow normalises a package.json only when `cli.pkg` is read.
- @babel/code-frame (js-tokens, picocolors, its highlighter): parse-json calls it to point at a JSON error
  in the package.json meow reads, and the CLI gives meow its package.json (`pkg`).

Both are made lazy: the same modules, run on their first call instead of on import, so meow behaves
exactly as before (and a statement that only read `execFile` from child_process, keeping nothing, is gone) (test/lazy-meow.test.ts bundles meow with and without the plugin and compares them).
A meow whose bundle no longer has these lines fails the build here, to be looked at again.
*/
import {readFile} from 'node:fs/promises';
import path from 'node:path';

/** Each eager line, what replaces it, and how often its variable may appear in meow's bundle. */
const rewrites = [
	{
		eager: 'var libExports = requireLib$1();\n',
		lazy: 'var libExports = {codeFrameColumns: (...parameters) => requireLib$1().codeFrameColumns(...parameters)};\n',
		// The declaration and its one use, `libExports.codeFrameColumns(…)`.
		name: 'libExports',
		uses: [/\blibExports\b/g, 2],
		calls: [/\blibExports\.codeFrameColumns\(/g, 1],
	},
	{
		eager:
			'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);\n',
		lazy: 'const normalizePackageData = (...parameters) => getDefaultExportFromCjs(requireNormalize())(...parameters);\n',
		name: 'normalizeExports',
		uses: [/\bnormalizeExports\b/g, 2],
		// `normalizePackageData` is only ever called (and exported): no property of it is read.
		calls: [/\bnormalizePackageData\b(?!\(| as n\b)/g, 1],
	},
	{
		// A statement whose result nobody keeps: it only read execFile, and so loaded child_process on import
		// once scripts/lazy-builtins.js made that module load on first use.
		eager: 'promisify(execFile);\n',
		lazy: '',
		name: 'execFile',
		uses: [/\bexecFile\b/g, 2],
		calls: [/\bpromisify\(execFile\)/g, 1],
	},
];

/** meow's bundle with the eager lines made lazy; throws when it does not look as expected. */
export function lazyMeowSource(source) {
	let text = source;
	for (const {eager, lazy, name, uses, calls} of rewrites) {
		const [usePattern, useCount] = uses;
		const [callPattern, callCount] = calls;
		const found = text.split(eager).length - 1;
		const used = text.match(usePattern)?.length ?? 0;
		const called = text.match(callPattern)?.length ?? 0;
		if (found !== 1 || used !== useCount || called !== callCount) {
			throw new Error(
				`scripts/lazy-meow.js: meow's bundle has changed (${name}: line found ${found}×, named ${used}×, ${called}× as expected): look at the plugin again`,
			);
		}

		text = text.replace(eager, lazy);
	}

	return text;
}

export const lazyMeowPlugin = {
	name: 'lazy-meow',
	setup(esbuild) {
		const filter = /[\\/]node_modules[\\/]meow[\\/]build[\\/]dependencies\.js$/;
		esbuild.onLoad({filter}, async ({path: file}) => ({
			contents: lazyMeowSource(await readFile(file, 'utf8')),
			loader: 'js',
			resolveDir: path.dirname(file),
		}));
	},
};
