/**
What the bundle gives three modules that Ink imports in place of their `Intl.Segmenter` (scripts/lazy-segmenter.js
puts it there): wrap-ansi's string-width (v7), slice-ansi's tokenizer and @alcalzone/ansi-tokenize each made
one as they were imported. The first segmenter of a process loads ICU's break rules, about 18 ms of CPU
on an idle core, paid by the review's first frame, which needs none: ansi-tokenize reads a colour's escape
sequence there, and slice-ansi cuts a line too long for its box, and both are ASCII or narrow characters.

A string of ASCII and narrow characters (`isNarrowCharacter`: Latin, punctuation, arrows, box drawing,
blocks) without a CR LF is one grapheme per UTF-16 unit: under UAX #29 none of them extends, prepends or
joins a neighbour, and of ASCII only CR joins LF (the same reasoning as source/ui/styled-chars.ts). Its
segments are made here, with the same fields (`segment`, `index`, `input`) and `containing` as the real
ones; any other string, or another granularity, goes to a real segmenter, made on the first such call
with the arguments given. test/ui/lazy-segmenter.test.ts compares them with `Intl.Segmenter`.
*/
import {isNarrowCharacter} from './narrow-width.js';

type Segment = {segment: string; index: number; input: string};

type Segments = Iterable<Segment> & {
	containing(index?: number): Segment | undefined;
};

/** Whether every UTF-16 unit of `text` is a grapheme of its own. */
function isOneUnitGraphemes(text: string): boolean {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (
			code >= 0x80
				? !isNarrowCharacter(code)
				: code === 0x0d && text.charCodeAt(index + 1) === 0x0a
		) {
			return false;
		}
	}

	return true;
}

function unitSegments(text: string): Segments {
	const at = (index: number): Segment => ({
		segment: text[index]!,
		index,
		input: text,
	});
	return {
		containing(index?: number) {
			// ToIntegerOrInfinity, as Intl's: undefined and NaN are 0.
			const place = Math.trunc(Number(index)) || 0;
			return place >= 0 && place < text.length ? at(place) : undefined;
		},
		*[Symbol.iterator]() {
			for (let index = 0; index < text.length; index++) {
				yield at(index);
			}
		},
	};
}

/** `new Intl.Segmenter(locales, options)`, made when a string first needs it. */
export function lazySegmenter(
	locales?: string | string[],
	options?: Intl.SegmenterOptions,
): {segment(text: string): Segments} {
	let real: Intl.Segmenter | undefined;
	const isGrapheme = (options?.granularity ?? 'grapheme') === 'grapheme';
	return {
		segment(text) {
			if (isGrapheme && typeof text === 'string' && isOneUnitGraphemes(text)) {
				return unitSegments(text);
			}

			real ??= new Intl.Segmenter(locales, options);
			return real.segment(text);
		},
	};
}
