/**
An esbuild plugin for three modules that Ink imports, each of which makes an `Intl.Segmenter` when it is
imported: wrap-ansi's string-width (v7), slice-ansi's tokenizer and @alcalzone/ansi-tokenize. The first
segmenter a process makes loads ICU's break rules (about 18 ms of CPU on an idle core), paid by the
review's first frame, which only ever segments ASCII.

Each module's `new Intl.Segmenter(…)` becomes `lazySegmenter(…)` (source/bundle-stubs/lazy-segmenter.ts),
which segments ASCII itself and makes the real segmenter, with the same arguments, for anything else.
Every use of the three is `segmenter.segment(…)` (checked here). A module that no longer looks as expected
fails the build, to be looked at again.
*/
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const stub = path.resolve(
	path.dirname(fileURLToPath(import.meta.url)),
	'../source/bundle-stubs/lazy-segmenter.ts',
);

/** The modules, by their path under node_modules, and the name each gives its segmenter. */
export const segmenterModules = [
	{file: 'wrap-ansi/node_modules/string-width/index.js', name: 'segmenter'},
	{file: 'slice-ansi/tokenize-ansi.js', name: 'GRAPHEME_SEGMENTER'},
	{file: '@alcalzone/ansi-tokenize/build/tokenize.js', name: 'segmenter'},
];

/** The module's source with its segmenter made by `lazySegmenter`; throws when it does not look as expected. */
export function lazySegmenterSource(source, name) {
	const made = source.split('new Intl.Segmenter(').length - 1;
	const declared =
		source.split(`const ${name} = new Intl.Segmenter(`).length - 1;
	const uses = source.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
	const calls =
		source.match(new RegExp(`\\b${name}\\.segment\\(`, 'g'))?.length ?? 0;
	if (made !== 1 || declared !== 1 || calls < 1 || uses !== calls + 1) {
		throw new Error(
			`scripts/lazy-segmenter.js: ${name}'s module has changed (${made} segmenters made, ${uses} uses, ${calls} calls of segment): look at the plugin again`,
		);
	}

	return `import {lazySegmenter as triageLazySegmenter} from ${JSON.stringify(stub)};\n${source.replace(
		'new Intl.Segmenter(',
		'triageLazySegmenter(',
	)}`;
}

export const lazySegmenterPlugin = {
	name: 'lazy-segmenter',
	setup(esbuild) {
		for (const {file, name} of segmenterModules) {
			const parts = file.split('/').map(part => part.replaceAll('.', '\\.'));
			const filter = new RegExp(
				`[\\\\/]node_modules[\\\\/]${parts.join('[\\\\/]')}$`,
			);
			esbuild.onLoad({filter}, async ({path: modulePath}) => ({
				contents: lazySegmenterSource(await readFile(modulePath, 'utf8'), name),
				loader: 'js',
				resolveDir: path.dirname(modulePath),
			}));
		}
	},
};
