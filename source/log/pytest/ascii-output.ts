/**
Headlines a stdout that takes only ASCII printed with escapes (`PYTHONIOENCODING=ascii:backslashreplace`): the log says
`AssertionError: assert 'Z\xfcrich' == 'z'` where the exception's message (and pytest's XML) says `'Zürich'`.

A message may hold such text itself (`ValueError(r'\xfc')`, a bytes repr `b'\xc3\xa5'`, a repr of a character Python
does not print: `'a\xa0b'`), so the escapes are undone only in a run whose log shows its stdout was ASCII
(`EscapedIds.isAsciiOutput`), and there only those the output could have written: a character past ASCII (ASCII
itself is written as it is) that Python prints (a repr escapes the others itself), outside a bytes literal (a bytes
repr is ASCII: its `\xNN` are its own). `\\` stays: a backslash the output wrote as it is, or a repr's.
*/
import type {Failure} from '../model.js';
import {withFields} from '../stored-failure.js';

/** Whether Python's `str.isprintable` is false for the character (its categories C* and Z*): a repr escapes it. */
const unprintable = /[\p{C}\p{Z}]/u;

/** The escape at `index` (a backslash): its length and its character, when it is one the output could have written. */
function outputEscapeAt(
	text: string,
	index: number,
	isInBytes: boolean,
): {length: number; character: string} | undefined {
	const kind = text[index + 1];
	const length =
		kind === 'x' && !isInBytes ? 4 : kind === 'u' ? 6 : kind === 'U' ? 10 : 0;
	if (length === 0 || index + length > text.length) {
		return undefined;
	}

	const hex = text.slice(index + 2, index + length);
	if (!/^[\da-fA-F]+$/.test(hex)) {
		return undefined;
	}

	const code = Number.parseInt(hex, 16);
	if (
		code < 0x80 ||
		code > 0x10_ff_ff ||
		(code >= 0xd8_00 && code <= 0xdf_ff)
	) {
		return undefined;
	}

	const character = String.fromCodePoint(code);
	return unprintable.test(character) ? undefined : {length, character};
}

/** Whether a quote at `index` opens a bytes literal: `b'`, `rb"` and the like, the prefix not ending a word or a string. */
function opensBytes(text: string, index: number): boolean {
	let start = index;
	while (start > 0 && start > index - 2 && /[bBrR]/.test(text[start - 1]!)) {
		start--;
	}

	const prefix = text.slice(start, index).toLowerCase();
	if (prefix !== 'b' && prefix !== 'rb' && prefix !== 'br') {
		return false;
	}

	const before = text[start - 1];
	return before === undefined || !/[\w'"\\]/.test(before);
}

/** The text with the escapes an ASCII stdout wrote undone (one pass: see the module's comment for which). */
export function unescapeOutput(text: string): string {
	if (!text.includes('\\')) {
		return text;
	}

	let result = '';
	let copied = 0;
	/** The quote that ends the bytes literal the scan is in, if any. */
	let bytesQuote: string | undefined;
	for (let index = 0; index < text.length; index++) {
		const character = text[index]!;
		if (character === '\\') {
			const escape = outputEscapeAt(text, index, bytesQuote !== undefined);
			if (escape) {
				result += text.slice(copied, index) + escape.character;
				copied = index + escape.length;
			}

			// An escape's characters (or the backslash a `\\` or `\'` escapes) are no quote.
			index += escape ? escape.length - 1 : 1;
		} else if (bytesQuote !== undefined) {
			if (character === bytesQuote) {
				bytesQuote = undefined;
			}
		} else if (
			(character === "'" || character === '"') &&
			opensBytes(text, index)
		) {
			bytesQuote = character;
		}
	}

	return copied === 0 ? text : result + text.slice(copied);
}

/** The failures with their headlines and exception types as the exception said them, the output's escapes undone. */
export function withUnescapedHeadlines(
	failures: readonly Failure[],
): Failure[] {
	return failures.map(failure => {
		const headline = unescapeOutput(failure.headline);
		const exceptionType =
			failure.exceptionType === undefined
				? undefined
				: unescapeOutput(failure.exceptionType);
		// `withFields`: a stored failure's traceback is no property a spread would copy.
		return headline === failure.headline &&
			exceptionType === failure.exceptionType
			? failure
			: withFields(failure, {headline, exceptionType});
	});
}
