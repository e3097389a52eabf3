/**
A JUnit test case's node id worked out into bytes from its `classname`, `name` and (xunit1) `file`
(`CaseIds`; what a classname says, as text, is junit-classnames.ts's), and its `time` in seconds.
*/
import {Buffer} from 'node:buffer';
import type {XmlAttributes} from './xml/read-xml.js';
import {copyBytes} from './id-column.js';
import {classSplit, type ClassSplit, unsplitIdOf} from './junit-classnames.js';

const dot = 0x2e;
const slash = 0x2f;
const colon = 0x3a;
const pytestBytes = Buffer.from('pytest');

const powersOfTen = Array.from({length: 16}, (_, power) => 10 ** power);

/** A `time` attribute's seconds (`Number` of it: NaN when it is not a number). */
export function secondsOf(attributes: XmlAttributes, index: number): number {
	if (!attributes.isAsciiAt(index)) {
		return Number(attributes.valueAt(index));
	}

	// The common `1.234`: digits read from the bytes. Up to 15 digits are an exact integer and 10^15 an exact
	// power, so their quotient is the double nearest the decimal, as Number gives it.
	const {bytes} = attributes;
	const end = attributes.endAt(index);
	let mantissa = 0;
	let digits = 0;
	let fraction = -1;
	for (let at = attributes.startAt(index); at < end; at++) {
		const byte = bytes[at]!;
		if (byte >= 0x30 && byte <= 0x39) {
			mantissa = mantissa * 10 + byte - 0x30;
			digits++;
			if (fraction >= 0) {
				fraction++;
			}
		} else if (byte === 0x2e && fraction === -1) {
			fraction = 0;
		} else {
			return Number(attributes.valueAt(index));
		}
	}

	if (digits === 0 || digits > 15) {
		return Number(attributes.valueAt(index));
	}

	return fraction > 0 ? mantissa / powersOfTen[fraction]! : mantissa;
}

/**
The characters pytest's XML escaping writes as `#x…`: beyond U+FFFF (`#x1F41B`, pytest 7 took them all for illegal),
and in every version the control characters XML cannot hold (`#x1B` for the ESC of a colour a test printed, `#x00`) and
lone surrogates (`#xDCFF`: Python's stand-in for an undecodable byte, `surrogateescape`).
*/
const hexEscape =
	/#x((?:10|[1-9A-F])[\dA-F]{4}(?![\dA-Fa-f])|D[89A-F][\dA-F]{2}(?![\dA-Fa-f])|0[0-8BCEF]|1[\dA-F]|7F)/g;

/**
pytest's `#x1F41B` and `#x1B` (`hexEscape`) as the characters the test printed: an emoji as pytest 8+ writes it, an
escape sequence that the log carries as it is (and that is taken off both, `stripAnsi`). A lone surrogate is U+FFFD, as
in the log: Python writes `\udcff` to the terminal as the byte 0xFF it stands for, which is no UTF-8.
*/
export function withEscapedChars(text: string): string {
	return text.includes('#x')
		? text.replaceAll(hexEscape, (_, hex: string) => {
				const code = Number.parseInt(hex, 16);
				return code >= 0xd8_00 && code <= 0xdf_ff
					? '\uFFFD'
					: String.fromCodePoint(code);
			})
		: text;
}

/** Whether an ASCII attribute value holds `#x` (pytest's writing of a character XML cannot hold, `withEscapedChars`). */
function hasHexEscape(attributes: XmlAttributes, index: number): boolean {
	const {bytes} = attributes;
	const end = attributes.endAt(index) - 1;
	for (let at = attributes.startAt(index); at < end; at++) {
		if (bytes[at] === 0x23 /* # */ && bytes[at + 1] === 0x78 /* x */) {
			return true;
		}
	}

	return false;
}

/** Whether `bytes[start..end)` are the bytes `kept[0..length)`. */
function isSameBytes(
	kept: Buffer,
	length: number,
	bytes: Buffer,
	start: number,
	end: number,
): boolean {
	if (end - start !== length) {
		return false;
	}

	for (let offset = length - 1; offset >= 0; offset--) {
		if (kept[offset] !== bytes[start + offset]) {
			return false;
		}
	}

	return true;
}

/**
The ids of a report's test cases, worked out into bytes: a test case whose `classname` and `file` are the
bytes of the one before (the tests of a class come together) reuses that classname's split, and its ASCII
name is copied after the split's head; no string is made for it. A report of a hundred thousand test cases
names a few thousand classes (xdist interleaves them): each classname's split is worked out once.
*/
export class CaseIds {
	/** The id of the test case read last: `bytes[0..length)`, UTF-8. */
	bytes: Buffer = Buffer.allocUnsafe(256);
	length = 0;
	/** Its file. */
	file = '';
	/**
	How many bytes the id shares with the id read before it, at least (0: not known): the head of their
	classname's split, when both were worked out from the same split.
	*/
	sharedWithPrevious = 0;
	/** A test case with neither classname nor name, or pytest's INTERNALERROR pseudo test: not a test. */
	isAnonymous = false;
	isInternal = false;
	/** Splits by suite kind, file attribute and classname (null: the ids depend on the names). */
	readonly #splits = new Map<string, ClassSplit | null>();
	/** The attributes the last split came from (ASCII; -1: absent), and whether the suite was pytest's. */
	#classnameBytes: Buffer = Buffer.allocUnsafe(256);
	#classnameLength = -1;
	#fileBytes: Buffer = Buffer.allocUnsafe(256);
	#fileLength = -1;
	#isPytestSuite = false;
	#isPytestClass = false;
	/** The last split (undefined: none to reuse), and its head as UTF-8. */
	#split: ClassSplit | undefined;
	#head: Buffer = Buffer.allocUnsafe(256);
	#headLength = 0;
	/** The split the id read last begins with the head of (undefined: none), and whether `bytes` still begins with that head. */
	#previousSplit: ClassSplit | undefined;
	#isHeadInBytes = false;

	/** Reads the id of the test case with `attributes` (of a `<testsuite name="pytest">` or not). */
	read(attributes: XmlAttributes, isPytestSuite: boolean): void {
		const classIndex = attributes.indexOf('classname');
		const nameIndex = attributes.indexOf('name');
		const fileIndex = attributes.indexOf('file');
		// A name with pytest 7's `#x1F40D` is read as text, as a name beyond ASCII is.
		const isAsciiName =
			nameIndex === -1 ||
			(attributes.isAsciiAt(nameIndex) && !hasHexEscape(attributes, nameIndex));
		if (
			this.#split === undefined ||
			!isAsciiName ||
			!this.#isLastClass(attributes, classIndex, fileIndex, isPytestSuite)
		) {
			let classname: string;
			let fileAttribute: string | undefined;
			let split: ClassSplit | undefined;
			const isSplitFromBytes =
				isPytestSuite &&
				fileIndex === -1 &&
				classIndex !== -1 &&
				attributes.isAsciiAt(classIndex) &&
				attributes.endAt(classIndex) > attributes.startAt(classIndex);
			if (isSplitFromBytes) {
				// The common class of a pytest suite (a dotted module path, ASCII): its split from its bytes.
				split = this.#splitBytes(attributes, classIndex);
				// Decoded only if the name needs the split as text.
				classname = '';
			} else {
				classname = classIndex === -1 ? '' : attributes.valueAt(classIndex);
				fileAttribute =
					fileIndex === -1 ? undefined : attributes.valueAt(fileIndex);
				split = this.#splitOf(classname, fileAttribute, isPytestSuite);
				this.#remember(attributes, classIndex, fileIndex, isPytestSuite, split);
				this.#isPytestClass = classname === 'pytest';
			}

			if (this.#split === undefined || !isAsciiName) {
				const name =
					nameIndex === -1
						? ''
						: withEscapedChars(attributes.valueAt(nameIndex));
				if (isSplitFromBytes) {
					classname = attributes.valueAt(classIndex);
				}

				const {file, id} =
					split === undefined
						? unsplitIdOf(classname, name, fileAttribute, isPytestSuite)
						: {file: split.file, id: split.head + name};
				if (this.bytes.length < id.length * 3) {
					this.bytes = Buffer.allocUnsafe(id.length * 6);
				}

				this.length = this.bytes.write(id, 0, 'utf8');
				this.sharedWithPrevious = 0;
				this.#previousSplit = split;
				this.#isHeadInBytes = false;
				this.file = file;
				this.isAnonymous = !classname && !name;
				this.isInternal = classname === 'pytest' && name === 'internal';
				return;
			}
		}

		const start = nameIndex === -1 ? 0 : attributes.startAt(nameIndex);
		const end = nameIndex === -1 ? 0 : attributes.endAt(nameIndex);
		const headLength = this.#headLength;
		const length = headLength + end - start;
		if (this.bytes.length < length) {
			this.bytes = Buffer.allocUnsafe(length * 2);
			this.#isHeadInBytes = false;
		}

		// The tests of a class come one after another: their ids differ after the head, which is in place.
		if (!this.#isHeadInBytes) {
			copyBytes(this.#head, 0, headLength, this.bytes, 0);
			this.#isHeadInBytes = true;
		}

		copyBytes(attributes.bytes, start, end, this.bytes, headLength);
		this.sharedWithPrevious =
			this.#previousSplit === this.#split ? headLength : 0;
		this.#previousSplit = this.#split;
		this.length = length;
		this.file = this.#split.file;
		this.isAnonymous = false;
		this.isInternal =
			this.#isPytestClass &&
			attributes.bytes.toString('latin1', start, end) === 'internal';
	}

	#splitOf(
		classname: string,
		fileAttribute: string | undefined,
		isPytestSuite: boolean,
	): ClassSplit | undefined {
		const key = `${isPytestSuite ? 1 : 0}${fileAttribute === undefined ? '' : `${fileAttribute}\u0001`}\u0000${classname}`;
		let split = this.#splits.get(key);
		if (split === undefined) {
			split = classSplit(classname, fileAttribute, isPytestSuite) ?? null;
			if (this.#splits.size >= 50_000) {
				this.#splits.clear();
			}

			this.#splits.set(key, split);
		}

		return split ?? undefined;
	}

	/**
	The split of an ASCII classname (attribute `classIndex`, not empty) of a pytest suite's test case without a
	`file` attribute, worked out on its bytes as `classSplit` works it out on its text (`a.b.C.D`:
	`a/b.py::C::D::`): its head is written to `#head` directly, and the split is the one to reuse.
	*/
	#splitBytes(attributes: XmlAttributes, classIndex: number): ClassSplit {
		const {bytes} = attributes;
		const start = attributes.startAt(classIndex);
		const end = attributes.endAt(classIndex);
		// The classes start at the first part after the first that starts with a capital letter.
		let classStart = -1;
		for (let at = start; at + 1 < end; at++) {
			if (
				bytes[at] === dot &&
				bytes[at + 1]! >= 0x41 &&
				bytes[at + 1]! <= 0x5a
			) {
				classStart = at + 1;
				break;
			}
		}

		if (this.#head.length < (end - start) * 2 + 8) {
			this.#head = Buffer.allocUnsafe((end - start) * 4 + 16);
		}

		const head = this.#head;
		let length = 0;
		for (
			let at = start, fileEnd = classStart === -1 ? end : classStart - 1;
			at < fileEnd;
			at++
		) {
			const byte = bytes[at]!;
			head[length++] = byte === dot ? slash : byte;
		}

		head[length++] = dot;
		head[length++] = 0x70; // p
		head[length++] = 0x79; // y
		const fileLength = length;
		head[length++] = colon;
		head[length++] = colon;
		if (classStart !== -1) {
			for (let at = classStart; at < end; at++) {
				const byte = bytes[at]!;
				if (byte === dot) {
					head[length++] = colon;
					head[length++] = colon;
				} else {
					head[length++] = byte;
				}
			}

			head[length++] = colon;
			head[length++] = colon;
		}

		const split = {
			file: head.toString('latin1', 0, fileLength),
			head: head.toString('latin1', 0, length),
		};
		this.#headLength = length;
		this.#classnameBytes = keptBytes(
			attributes,
			classIndex,
			this.#classnameBytes,
		);
		this.#classnameLength = end - start;
		this.#fileLength = -1;
		this.#isPytestSuite = true;
		this.#split = split;
		this.#isHeadInBytes = false;
		this.#isPytestClass = isSameBytes(
			pytestBytes,
			pytestBytes.length,
			bytes,
			start,
			end,
		);
		return split;
	}

	/** Whether the classname and file attributes are those of the last split. */
	#isLastClass(
		attributes: XmlAttributes,
		classIndex: number,
		fileIndex: number,
		isPytestSuite: boolean,
	): boolean {
		return (
			isPytestSuite === this.#isPytestSuite &&
			isKept(
				attributes,
				classIndex,
				this.#classnameBytes,
				this.#classnameLength,
			) &&
			isKept(attributes, fileIndex, this.#fileBytes, this.#fileLength)
		);
	}

	/** Keeps `split` for the test cases after this one, when the classname and file attributes are ASCII. */
	#remember(
		attributes: XmlAttributes,
		classIndex: number,
		fileIndex: number,
		isPytestSuite: boolean,
		split: ClassSplit | undefined,
	): void {
		this.#split = undefined;
		if (
			split === undefined ||
			(classIndex !== -1 && !attributes.isAsciiAt(classIndex)) ||
			(fileIndex !== -1 && !attributes.isAsciiAt(fileIndex))
		) {
			return;
		}

		this.#classnameBytes = keptBytes(
			attributes,
			classIndex,
			this.#classnameBytes,
		);
		this.#classnameLength = lengthOf(attributes, classIndex);
		this.#fileBytes = keptBytes(attributes, fileIndex, this.#fileBytes);
		this.#fileLength = lengthOf(attributes, fileIndex);
		this.#isPytestSuite = isPytestSuite;
		if (this.#head.length < split.head.length * 3) {
			this.#head = Buffer.allocUnsafe(split.head.length * 6);
		}

		this.#headLength = this.#head.write(split.head, 0, 'utf8');
		this.#split = split;
		this.#isHeadInBytes = false;
	}
}

/** Whether attribute `index` (-1: absent) is the kept bytes `kept[0..length)` (length -1: absent). */
function isKept(
	attributes: XmlAttributes,
	index: number,
	kept: Buffer,
	length: number,
): boolean {
	if (index === -1) {
		return length === -1;
	}

	return (
		attributes.isAsciiAt(index) &&
		isSameBytes(
			kept,
			length,
			attributes.bytes,
			attributes.startAt(index),
			attributes.endAt(index),
		)
	);
}

function lengthOf(attributes: XmlAttributes, index: number): number {
	return index === -1
		? -1
		: attributes.endAt(index) - attributes.startAt(index);
}

/** Attribute `index`'s bytes copied into `kept` (a larger buffer when they do not fit); `kept` as it is when absent. */
function keptBytes(
	attributes: XmlAttributes,
	index: number,
	kept: Buffer,
): Buffer {
	if (index === -1) {
		return kept;
	}

	const start = attributes.startAt(index);
	const end = attributes.endAt(index);
	const buffer =
		kept.length < end - start ? Buffer.allocUnsafe((end - start) * 2) : kept;
	copyBytes(attributes.bytes, start, end, buffer, 0);
	return buffer;
}
