/**
An element's attributes as a reader hands them to its handler (`XmlAttributes`): the byte reader's keep
where each value's bytes are and decode a value only when it is asked for (`ByteAttributes`); saxes's are
decoded already (`DecodedAttributes`).
*/
import {Buffer} from 'node:buffer';
import {asciiValue, decodedValue} from './scan.js';
import {attributeValue, XmlSyntaxError} from './text.js';

/** An element's attributes, valid while the handler's `openTag` runs (the reader reuses them). */
export type XmlAttributes = {
	readonly length: number;
	/** The bytes ASCII values are in (see `isAsciiAt`). */
	readonly bytes: Buffer;
	nameAt(index: number): string;
	/** Value `index`, decoded (references expanded, line ends normalised). */
	valueAt(index: number): string;
	/** The index of attribute `name`, or -1. */
	indexOf(name: string): number;
	/** Whether the element has attribute `name`. */
	has(name: string): boolean;
	/** The value of attribute `name`, decoded; undefined when the element has none. */
	get(name: string): string | undefined;
	/** Whether value `index` is ASCII with nothing to decode: then `bytes[startAt(index)..endAt(index))` is its text. */
	isAsciiAt(index: number): boolean;
	startAt(index: number): number;
	endAt(index: number): number;
};

const noBytes = Buffer.alloc(0);

/** The byte reader's attributes: where the values are in its buffer, checked already (scan.ts). */
export class ByteAttributes implements XmlAttributes {
	bytes: Buffer = noBytes;
	length = 0;
	readonly #names: string[] = [];
	readonly #starts: number[] = [];
	readonly #ends: number[] = [];
	readonly #kinds: number[] = [];

	/** Forgets the attributes of the element before: the next ones are in `bytes`. */
	reset(bytes: Buffer): void {
		this.bytes = bytes;
		this.length = 0;
	}

	/** Adds attribute `name` with its value at `bytes[start..end)`, of the kind scan.ts said. */
	add(name: string, start: number, end: number, kind: number): void {
		if (this.has(name)) {
			throw new XmlSyntaxError(`duplicate attribute: ${name}`);
		}

		const index = this.length++;
		this.#names[index] = name;
		this.#starts[index] = start;
		this.#ends[index] = end;
		this.#kinds[index] = kind;
	}

	nameAt(index: number): string {
		return this.#names[index]!;
	}

	valueAt(index: number): string {
		const text = this.bytes.toString(
			'utf8',
			this.#starts[index],
			this.#ends[index],
		);
		return this.#kinds[index] === decodedValue ? attributeValue(text) : text;
	}

	indexOf(name: string): number {
		for (let index = 0; index < this.length; index++) {
			if (this.#names[index] === name) {
				return index;
			}
		}

		return -1;
	}

	has(name: string): boolean {
		for (let index = 0; index < this.length; index++) {
			if (this.#names[index] === name) {
				return true;
			}
		}

		return false;
	}

	get(name: string): string | undefined {
		const index = this.indexOf(name);
		return index === -1 ? undefined : this.valueAt(index);
	}

	isAsciiAt(index: number): boolean {
		return this.#kinds[index] === asciiValue;
	}

	startAt(index: number): number {
		return this.#starts[index]!;
	}

	endAt(index: number): number {
		return this.#ends[index]!;
	}
}

/** Attributes decoded already (saxes's): no value is offered as bytes. */
export class DecodedAttributes implements XmlAttributes {
	readonly bytes: Buffer = noBytes;
	readonly length: number;
	readonly #names: string[];
	readonly #values: string[];

	constructor(attributes: Readonly<Record<string, string>>) {
		this.#names = Object.keys(attributes);
		this.#values = Object.values(attributes);
		this.length = this.#names.length;
	}

	nameAt(index: number): string {
		return this.#names[index]!;
	}

	valueAt(index: number): string {
		return this.#values[index]!;
	}

	indexOf(name: string): number {
		return this.#names.indexOf(name);
	}

	has(name: string): boolean {
		return this.#names.includes(name);
	}

	get(name: string): string | undefined {
		const index = this.indexOf(name);
		return index === -1 ? undefined : this.#values[index];
	}

	isAsciiAt(): boolean {
		return false;
	}

	startAt(): number {
		return 0;
	}

	endAt(): number {
		return 0;
	}
}
