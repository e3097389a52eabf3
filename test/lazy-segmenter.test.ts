import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {build, type Plugin} from 'esbuild';
import fc from 'fast-check';
import {tokenize} from '@alcalzone/ansi-tokenize';
import {beforeAll, expect, test} from 'vitest';
import {lazySegmenter} from '../source/bundle-stubs/lazy-segmenter.js';
import {isNarrowCharacter} from '../source/bundle-stubs/narrow-width.js';

type LazySegmenterScript = {
	readonly lazySegmenterPlugin: Plugin;
	readonly lazySegmenterSource: (source: string, name: string) => string;
	readonly segmenterModules: ReadonlyArray<{file: string; name: string}>;
};

const root = path.resolve(import.meta.dirname, '..');
const {lazySegmenterPlugin, lazySegmenterSource, segmenterModules} =
	(await import(
		pathToFileURL(path.join(root, 'scripts/lazy-segmenter.js')).href
	)) as LazySegmenterScript;

/** What a segmenter gives for `text`: every segment as iterated, and `containing` at every place around it. */
function segmentsOf(
	segmenter: {segment(text: string): unknown},
	text: string,
): unknown {
	const segments = segmenter.segment(text) as Iterable<
		Record<string, unknown>
	> & {
		containing(index?: number): unknown;
	};
	return {
		iterated: [...segments].map(segment => ({...segment})),
		containing: [
			segments.containing(),
			segments.containing(Number.NaN),
			segments.containing(0.5),
			...Array.from({length: text.length + 3}, (_, index) =>
				segments.containing(index - 1),
			),
		].map(segment =>
			segment === undefined ? undefined : {...(segment as object)},
		),
	};
}

/** ASCII (controls, CR and LF included) and every narrow character. */
const units = [
	...Array.from({length: 0x80}, (_, code) => String.fromCodePoint(code)),
	...Array.from({length: 0x26_00 - 0x80}, (_, index) => index + 0x80)
		.filter(code => isNarrowCharacter(code))
		.map(code => String.fromCodePoint(code)),
];

const real = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

test('ASCII and narrow characters: the segments Intl.Segmenter gives, for each character beside every kind of neighbour', () => {
	expect(units.length).toBeGreaterThan(1000);
	const lazy = lazySegmenter(undefined, {granularity: 'grapheme'});
	for (const unit of units) {
		for (const text of [
			unit,
			`a${unit}`,
			`${unit}a`,
			`${unit}${unit}`,
			`\r${unit}\n`,
			`\u001B[31m${unit}\u001B[39m`,
			`${unit}\u0301`,
		]) {
			expect(segmentsOf(lazy, text)).toEqual(segmentsOf(real, text));
		}
	}
});

test('random lines of ASCII, narrow characters, CR LF, emoji and combining marks: the same segments', () => {
	const lazy = lazySegmenter(undefined, {granularity: 'grapheme'});
	const defaultLazy = lazySegmenter();
	const defaultReal = new Intl.Segmenter();
	const piece = fc.oneof(
		fc.constantFrom(...units),
		fc.constantFrom(
			'\r\n',
			'👍',
			'👍🏽',
			'e\u0301',
			'🇫🇷',
			'界',
			'\u200D',
			'\uFE0F',
		),
	);
	fc.assert(
		fc.property(fc.array(piece, {maxLength: 40}), pieces => {
			const text = pieces.join('');
			expect(segmentsOf(lazy, text)).toEqual(segmentsOf(real, text));
			expect(segmentsOf(defaultLazy, text)).toEqual(
				segmentsOf(defaultReal, text),
			);
		}),
		{numRuns: 2000},
	);
});

test('another granularity goes to the real segmenter', () => {
	const text = 'Hello, world. Again!';
	const lazy = lazySegmenter('en', {granularity: 'word'});
	const word = new Intl.Segmenter('en', {granularity: 'word'});
	expect([...lazy.segment(text)].map(segment => ({...segment}))).toEqual(
		[...word.segment(text)].map(segment => ({...segment})),
	);
});

test('the plugin makes the one segmenter of each module lazy, and fails on a module it does not know', () => {
	for (const {file, name} of segmenterModules) {
		const source = fs.readFileSync(
			path.join(root, 'node_modules', file),
			'utf8',
		);
		const lazy = lazySegmenterSource(source, name);
		expect(lazy).not.toContain('new Intl.Segmenter(');
		expect(lazy.split('triageLazySegmenter(').length - 1).toBe(1);
	}

	expect(() =>
		lazySegmenterSource(
			'const segmenter = new Intl.Segmenter(); const other = new Intl.Segmenter(); segmenter.segment("a");',
			'segmenter',
		),
	).toThrow(/has changed/);
	expect(() =>
		lazySegmenterSource(
			'const segmenter = new Intl.Segmenter(); export {segmenter};',
			'segmenter',
		),
	).toThrow(/has changed/);
});

type Bundled = {
	readonly sliceAnsi: (text: string, start: number, end?: number) => string;
	readonly wrapAnsi: (
		text: string,
		columns: number,
		options: {hard: boolean; trim: boolean},
	) => string;
	readonly tokenize: typeof tokenize;
};

// Ink's own copies (not dependencies of ours), as Ink imports them.
const {default: sliceAnsi} = (await import(
	pathToFileURL(path.join(root, 'node_modules/slice-ansi/index.js')).href
)) as {default: Bundled['sliceAnsi']};
const {default: wrapAnsi} = (await import(
	pathToFileURL(path.join(root, 'node_modules/wrap-ansi/index.js')).href
)) as {default: Bundled['wrapAnsi']};

/** The three modules' users as the build bundles them: esbuild, with the plugin. */
let bundled: Bundled;
beforeAll(async () => {
	const result = await build({
		stdin: {
			contents:
				"export {default as sliceAnsi} from 'slice-ansi'; export {default as wrapAnsi} from 'wrap-ansi'; export {tokenize} from '@alcalzone/ansi-tokenize';",
			resolveDir: root,
		},
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		write: false,
		logLevel: 'silent',
		plugins: [lazySegmenterPlugin],
	});
	// The stub's own, made on first use, is the only one left.
	expect(
		result.outputFiles[0]!.text.split('new Intl.Segmenter(').length - 1,
	).toBe(1);
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-segmenter-'));
	const file = path.join(folder, 'bundled.mjs');
	fs.writeFileSync(file, result.outputFiles[0]!.text);
	bundled = (await import(pathToFileURL(file).href)) as Bundled;
});

test('slice-ansi, wrap-ansi and ansi-tokenize bundled with the plugin give what they give without it', () => {
	const piece = fc.oneof(
		fc.constantFrom(...units.filter(unit => unit >= ' ')),
		fc.constantFrom(
			'\u001B[31m',
			'\u001B[1;2m',
			'\u001B[39m',
			'\u001B]8;;https://example.com\u0007',
			'\u001B]8;;\u0007',
			'\r\n',
			'👍',
			'e\u0301',
			'界',
			' ',
		),
	);
	fc.assert(
		fc.property(
			fc.array(piece, {maxLength: 30}),
			fc.nat(20),
			fc.nat(20),
			(pieces, start, length) => {
				const text = pieces.join('');
				expect(bundled.sliceAnsi(text, start, start + length)).toBe(
					sliceAnsi(text, start, start + length),
				);
				expect(
					bundled.wrapAnsi(text, Math.max(1, length), {
						hard: true,
						trim: false,
					}),
				).toBe(wrapAnsi(text, Math.max(1, length), {hard: true, trim: false}));
				expect(bundled.tokenize(text)).toEqual(tokenize(text));
			},
		),
		{numRuns: 1000},
	);
});
