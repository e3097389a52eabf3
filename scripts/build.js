/**
`npm run build`: the CLI bundled by esbuild into dist/ (dist/cli.js and its chunks), as the command line it
replaces did, plus two plugins: Ink's string-width is measured by source/bundle-stubs/string-width.ts
first (wrap-ansi's own string-width, another major version, is left as it is), and two modules of meow's
bundle run on their first use instead of on import (scripts/lazy-meow.js).
*/
import {rmSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {lazyMeowPlugin} from './lazy-meow.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stringWidthStub = path.join(root, 'source/bundle-stubs/string-width.ts');

/** `string-width` imports go to the stub, except the stub's own and wrap-ansi's. */
const stringWidthPlugin = {
	name: 'string-width',
	setup(esbuild) {
		esbuild.onResolve({filter: /^string-width$/}, ({importer}) =>
			importer === stringWidthStub ||
			importer.includes(`${path.sep}wrap-ansi${path.sep}`)
				? undefined
				: {path: stringWidthStub},
		);
	},
};

rmSync(path.join(root, 'dist/chunks'), {recursive: true, force: true});
await build({
	absWorkingDir: root,
	entryPoints: ['source/cli.tsx'],
	bundle: true,
	splitting: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	outdir: 'dist',
	entryNames: '[name]',
	chunkNames: 'chunks/[name]-[hash]',
	external: ['better-sqlite3', 're2js', '@eslint-community/regexpp'],
	logLevel: 'warning',
	alias: {
		'react-devtools-core': './source/ui/devtools-stub.ts',
		ajv: './source/bundle-stubs/ajv',
		'ajv-formats': './source/bundle-stubs/ajv-formats.ts',
		semver: './source/bundle-stubs/semver.ts',
	},
	define: {'process.env.NODE_ENV': '"production"'},
	banner: {
		js: "import {createRequire as __triageCreateRequire} from 'node:module'; const require = __triageCreateRequire(import.meta.url);",
	},
	plugins: [stringWidthPlugin, lazyMeowPlugin],
});
