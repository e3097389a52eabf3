/**
An esbuild plugin for the two modules of the review's stack that wait at their top level (`await`), which
a CommonJS bundle (dist/main.cjs, for V8's code cache: source/cached-main.ts) cannot hold:

- Ink's reconciler awaits its devtools and its package.json only when DEV=true. The bundle never had the
  devtools (react-devtools-core is a stub with no `initialize`: DEV=true made the review fail with
  "devtools_stub_default.initialize is not a function"), so both are dropped: Ink runs as without DEV.
- yoga-layout awaits its WebAssembly (`await loadYoga()`), instantiated asynchronously from the base64
  text its Emscripten loader carries. Emscripten lets the caller instantiate it (`instantiateWasm`); the
  loader is given its own synchronous decoder (`wa`, which the asynchronous path calls too) as a third
  argument, and yoga's index compiles and instantiates the same bytes at once
  (`new WebAssembly.Module`, `new WebAssembly.Instance`), so the runtime is ready when the module is. Its
  decoder turns the base64 text into bytes with Node's `Buffer` instead of `atob` and a loop (the same
  bytes: the test compares the layouts, and a wrong byte would not compile).

Each rewrite is checked to apply exactly once: a new Ink or yoga fails the build here, to be looked at
again (test/no-top-level-await.test.ts runs the rewritten yoga against the original).
*/
import {readFile} from 'node:fs/promises';
import path from 'node:path';

const devtools = `if (isDev()) {
    try {
        await import('./devtools.js');
    }
    catch (error) {
        if (error.code === 'ERR_MODULE_NOT_FOUND') {
            console.warn(\``;

/** Each file (by its path's end), and its rewrites: [what is there, what replaces it]. */
export const rewrites = [
	{
		file: ['ink', 'build', 'reconciler.js'],
		replace: [
			// The whole `if (isDev()) { try { await import('./devtools.js') } catch … }` block.
			[
				new RegExp(
					`${escape(devtools)}[\\s\\S]*?\\n {8}else \\{\\n[^\\n]*\\n {12}throw error;\\n {8}\\}\\n {4}\\}\\n\\}\\n`,
				),
				'',
			],
			[
				/const packageJson = isDev\(\)\n {4}\? await loadPackageJson\(\)\n {4}: { name: undefined, version: undefined };/,
				'const packageJson = { name: undefined, version: undefined };',
			],
		],
	},
	{
		file: ['yoga-layout', 'dist', 'src', 'index.js'],
		replace: [
			[
				/const Yoga = wrapAssembly\(await loadYoga\(\)\);/,
				`const Yoga = wrapAssembly(loadYogaNow());
function loadYogaNow() {
  const yoga = {
    instantiateWasm(imports, done, bytes) {
      done(new WebAssembly.Instance(new WebAssembly.Module(bytes()), imports));
      return {};
    },
  };
  loadYoga(yoga);
  if (!yoga.calledRun) {
    throw new Error('yoga-layout: its WebAssembly did not start synchronously');
  }
  return yoga;
}`,
			],
		],
	},
	{
		file: ['yoga-layout', 'dist', 'binaries', 'yoga-wasm-base64-esm.js'],
		replace: [
			[
				/if\(h\.instantiateWasm\)try{return h\.instantiateWasm\(d,\na\)}/,
				'if(h.instantiateWasm)try{return h.instantiateWasm(d,\na,wa)}',
			],
			// The decoder's bytes from Node's own base64 decoder: `atob` (a JavaScript loop over 96,000
			// characters in Node 20) and a copy of each character into the array took 9-17 ms, cold, at load 5.
			[
				/var b=xa\(a\.slice\(37\)\),c=new Uint8Array\(b\.length\);for\(a=0;a<b\.length;\+\+a\)c\[a]=b\.charCodeAt\(a\);var d=c/,
				'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))',
			],
		],
	},
];

function escape(text) {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/** `source` with `rewrite`'s replacements; throws when one does not apply exactly once. */
export function rewriteSource(source, rewrite) {
	let text = source;
	for (const [pattern, replacement] of rewrite.replace) {
		const global = new RegExp(pattern.source, 'g');
		const found = text.match(global)?.length ?? 0;
		if (found !== 1) {
			throw new Error(
				`scripts/no-top-level-await.js: ${rewrite.file.join('/')} has changed (${pattern.source.slice(0, 40)}… found ${found}×): look at the plugin again`,
			);
		}

		text = text.replace(pattern, () => replacement);
	}

	return text;
}

export const noTopLevelAwaitPlugin = {
	name: 'no-top-level-await',
	setup(esbuild) {
		for (const rewrite of rewrites) {
			const ending = `${path.sep}${rewrite.file.join(path.sep)}`;
			esbuild.onLoad(
				{filter: new RegExp(`${escape(ending)}$`)},
				async ({path: file}) => ({
					contents: rewriteSource(await readFile(file, 'utf8'), rewrite),
					loader: 'js',
				}),
			);
		}
	},
};
