/**
`npm run build`: the CLI bundled by esbuild into two CommonJS files: dist/cli.js, the entry, which answers
`--help` and `--version` itself, and dist/main.cjs, everything else, which cli.js compiles with V8's code
cache (source/cached-main.ts; Node 20 caches no ES module's code). dist/package.json makes dist/cli.js
CommonJS. Plugins:

- Ink's string-width is measured by source/bundle-stubs/string-width.ts first (wrap-ansi's own
  string-width, another major version, is left as it is);
- Ink's sanitizeAnsi, run on every `<Text>`, answers a text with colours alone at once
  (source/bundle-stubs/sanitize-ansi.ts);
- Ink's cut of a `<Text wrap="truncate…">` is cut again when a wide character left it a column too wide
  (source/bundle-stubs/cli-truncate.ts);
- Ink's parseKeypress, run on every input event, presses no key for an escape sequence Ink does not know
  (Ctrl+F1 crashed Ink 6.8's useInput; Shift+F1 typed `[1;2P`) (source/bundle-stubs/parse-keypress.ts);
- Ink's input parser takes an OSC (`ESC ]11;rgb:… BEL`) whole in one read as one keypress, which then presses
  no key; Ink 6.8 typed it as `]11;rgb:…` (source/bundle-stubs/input-parser.ts);
- two modules of meow's bundle run on their first use instead of on import (scripts/lazy-meow.js);
- the `Intl.Segmenter`s of three modules Ink imports are made on their first use (scripts/lazy-segmenter.js);
- Ink's and yoga-layout's top-level awaits, which CommonJS cannot hold, are taken out
  (scripts/no-top-level-await.js);
- every default import of a Node module shares one wrapper (scripts/shared-builtins.js);
- a few Node modules are required on their first use (scripts/lazy-builtins.js);
- better-sqlite3's JavaScript is bundled (compiled from the code cache with the rest), and its native addon
  is loaded from its package's build/Release without the `bindings` package's search
  (source/bundle-stubs/sqlite-addon.cjs).
*/
import {
	existsSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build, transform} from 'esbuild';
import {lazyBuiltinImports} from './lazy-builtins.js';
import {lazyMeowPlugin} from './lazy-meow.js';
import {lazySegmenterPlugin} from './lazy-segmenter.js';
import {noTopLevelAwaitPlugin} from './no-top-level-await.js';
import {shareBuiltinImports} from './shared-builtins.js';

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

/**
One of Ink's own imports (`specifier`, from its module `importer`, a path under ink/build/) goes to a stub of ours,
which imports Ink's module itself.
*/
function inkStubPlugin(name, specifier, importer, stub) {
	const stubPath = path.join(root, stub);
	const importerEnd = path.join('ink', 'build', importer);
	return {
		name,
		setup(esbuild) {
			esbuild.onResolve(
				{filter: new RegExp(`^${specifier.replaceAll('.', String.raw`\.`)}$`)},
				args =>
					args.importer.endsWith(`${path.sep}${importerEnd}`)
						? {path: stubPath}
						: undefined,
			);
		},
	};
}

/** Ink's sanitizeAnsi, run on every `<Text>` (see above). */
const sanitizeAnsiPlugin = inkStubPlugin(
	'sanitize-ansi',
	'./sanitize-ansi.js',
	'squash-text-nodes.js',
	'source/bundle-stubs/sanitize-ansi.ts',
);

/** Ink's cut of a `<Text wrap="truncate…">` never comes back wider than asked (source/bundle-stubs/cli-truncate.ts). */
const cliTruncatePlugin = inkStubPlugin(
	'cli-truncate',
	'cli-truncate',
	'wrap-text.js',
	'source/bundle-stubs/cli-truncate.ts',
);

/** useInput's keypress parser: an escape sequence Ink does not name presses no key (source/bundle-stubs/parse-keypress.ts). */
const parseKeypressPlugin = inkStubPlugin(
	'parse-keypress',
	'../parse-keypress.js',
	path.join('hooks', 'use-input.js'),
	'source/bundle-stubs/parse-keypress.ts',
);

/** Ink's input parser: an OSC whole in one read is one keypress, which presses no key (source/bundle-stubs/input-parser.ts). */
const inputParserPlugin = inkStubPlugin(
	'input-parser',
	'../input-parser.js',
	path.join('components', 'App.js'),
	'source/bundle-stubs/input-parser.ts',
);

/** better-sqlite3's `require('bindings')` goes to source/bundle-stubs/sqlite-addon.cjs (its addon stays in node_modules). */
const sqliteAddonStub = path.join(root, 'source/bundle-stubs/sqlite-addon.cjs');
const sqliteAddonPlugin = {
	name: 'sqlite-addon',
	setup(esbuild) {
		esbuild.onResolve({filter: /^bindings$/}, ({importer}) =>
			importer.includes(`${path.sep}better-sqlite3${path.sep}`)
				? {path: sqliteAddonStub}
				: undefined,
		);
	},
};

/** cli.tsx's `import('./main.js')` loads the bundle of the rest (source/cached-main.ts) instead. */
const cachedMain = path.join(root, 'source/cached-main.ts');
const mainLoaderPlugin = {
	name: 'cached-main',
	setup(esbuild) {
		esbuild.onResolve({filter: /^\.\/main\.js$/}, ({importer}) =>
			importer === path.join(root, 'source/cli.tsx')
				? {path: cachedMain}
				: undefined,
		);
	},
};

const shared = {
	absWorkingDir: root,
	bundle: true,
	platform: 'node',
	target: 'node20',
	logLevel: 'warning',
	external: ['re2js', '@eslint-community/regexpp'],
	define: {'process.env.NODE_ENV': '"production"'},
};

// The chunks of the layout before, and the code cache of an earlier bundle (with any half-written copy).
rmSync(path.join(root, 'dist/chunks'), {recursive: true, force: true});
const dist = path.join(root, 'dist');
for (const name of existsSync(dist) ? readdirSync(dist) : []) {
	if (name.startsWith('main.cjs.cache')) {
		rmSync(path.join(dist, name), {force: true});
	}
}

// Everything but --help and --version: one CommonJS file, so that V8 can compile it from a code cache.
// `import.meta` is the bundle's own (cli-help.ts finds package.json from it; classify/ requires from it).
await build({
	...shared,
	entryPoints: ['source/main.tsx'],
	format: 'cjs',
	outfile: 'dist/main.cjs',
	// The addon's stub finds the package's folder by it.
	external: [...shared.external, 'better-sqlite3/package.json'],
	alias: {
		ajv: './source/bundle-stubs/ajv',
		'ajv-formats': './source/bundle-stubs/ajv-formats.ts',
		semver: './source/bundle-stubs/semver.ts',
	},
	define: {...shared.define, 'import.meta': '__triageImportMeta'},
	banner: {
		// Before esbuild's own "use strict", which would then no longer be the file's directive: the bundle ran in
		// sloppy mode, where the tests run the same modules strict.
		js: "'use strict';\nvar __triageImportMeta = {url: require('node:url').pathToFileURL(__filename).href};",
	},
	plugins: [
		stringWidthPlugin,
		sanitizeAnsiPlugin,
		parseKeypressPlugin,
		inputParserPlugin,
		cliTruncatePlugin,
		lazyMeowPlugin,
		lazySegmenterPlugin,
		noTopLevelAwaitPlugin,
		sqliteAddonPlugin,
	],
});

// esbuild escapes every character past ASCII in the code, not in the comments it keeps (before class
// members): escaped there too, the file is ASCII, which cli.js decodes faster (source/cached-main.ts).
// Checked: without comments (minified), the code is the same before and after.
const mainFile = path.join(root, 'dist/main.cjs');
const mainText = readFileSync(mainFile, 'utf8');
const asciiText = mainText.replaceAll(
	/[^\u0000-\u007F]/gu,
	character => `\\u{${character.codePointAt(0).toString(16)}}`,
);
if (asciiText !== mainText) {
	const [before, after] = await Promise.all(
		[mainText, asciiText].map(async text =>
			transform(text, {loader: 'js', minify: true, charset: 'ascii'}),
		),
	);
	if (before.code !== after.code) {
		throw new Error(
			'scripts/build.js: dist/main.cjs has characters past ASCII outside its comments',
		);
	}

	writeFileSync(mainFile, asciiText);
}

// One wrapper per Node module for its default imports (scripts/shared-builtins.js).
const sharedImports = shareBuiltinImports(readFileSync(mainFile, 'latin1'));
if (sharedImports.count === 0) {
	throw new Error(
		'scripts/build.js: no default import of a Node module in dist/main.cjs: look at scripts/shared-builtins.js again',
	);
}

// A few Node modules required on first use (scripts/lazy-builtins.js).
writeFileSync(mainFile, lazyBuiltinImports(sharedImports.text).text, 'latin1');

// The entry: --help and --version from package.json, else dist/main.cjs. CommonJS too, as dist/package.json
// says (the package's own says "module"): Node then starts it without its ES module loader, which --version,
// --help and every command paid for before the first line of ours ran.
await build({
	...shared,
	entryPoints: ['source/cli.tsx'],
	format: 'cjs',
	outfile: 'dist/cli.js',
	define: {...shared.define, 'import.meta': '__triageImportMeta'},
	banner: {
		// Before esbuild's own "use strict", which would then no longer be the file's directive.
		js: "'use strict';\nvar __triageImportMeta = {url: require('node:url').pathToFileURL(__filename).href};",
	},
	plugins: [mainLoaderPlugin],
});
writeFileSync(
	path.join(dist, 'package.json'),
	`${JSON.stringify({type: 'commonjs'}, undefined, '\t')}\n`,
);
