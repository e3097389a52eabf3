/**
string-width for the bundle (see scripts/build.js): Ink measures every line of a frame with it, and
string-width builds an `RGI_Emoji` regular expression when it is imported (tens of milliseconds of the
review's first frame) and segments every line that is not ASCII into graphemes. Lines the review draws
are measured here without either (`narrowWidth`); string-width itself loads on the first line that
needs it. wrap-ansi keeps its own string-width (v7).
*/
import type stringWidthType from 'string-width';
import {narrowWidth} from './narrow-width.js';

type StringWidth = typeof stringWidthType;
type Options = Parameters<StringWidth>[1];

let real: StringWidth | undefined;

export default function stringWidth(text: string, options?: Options): number {
	const width =
		typeof text === 'string' &&
		options?.ambiguousIsNarrow !== false &&
		options?.countAnsiEscapeCodes !== true
			? narrowWidth(text)
			: undefined;
	if (width !== undefined) {
		return width;
	}

	// A require, so that esbuild runs string-width's module (and builds its expressions) only now.
	// eslint-disable-next-line unicorn/prefer-module, @typescript-eslint/no-require-imports
	real ??= (require('string-width') as {default: StringWidth}).default;
	return real(text, options);
}
