/**
Hashing and randomness: everything derives from the seed, nothing from the clock.
*/
function mix(value: number): number {
	let hash = value >>> 0;
	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85_eb_ca_6b);
	hash ^= hash >>> 13;
	hash = Math.imul(hash, 0xc2_b2_ae_35);
	hash ^= hash >>> 16;
	return hash >>> 0;
}

export function hashString(text: string, seed = 0): number {
	let hash = (0x81_1c_9d_c5 ^ seed) >>> 0;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01_00_01_93);
	}

	return mix(hash);
}

export function hashNumbers(...values: number[]): number {
	let hash = 0x9e_37_79_b9;
	for (const value of values) {
		hash = mix(hash ^ mix((value + 0x7f_4a_7c_15) >>> 0));
	}

	return hash;
}

/** A hash as a number in [0, 1). */
export function unit(hash: number): number {
	return hash / 4_294_967_296;
}

export function itemAt<T>(items: readonly T[], index: number): T {
	const item = items[index];
	if (item === undefined) {
		throw new RangeError(`index ${index} outside 0..${items.length - 1}`);
	}

	return item;
}

export function pickBy<T>(items: readonly T[], hash: number): T {
	return itemAt(items, hash % items.length);
}

/** mulberry32: small, fast and good enough for log text. */
export class Random {
	#state: number;

	constructor(seed: number) {
		this.#state = seed >>> 0;
	}

	next(): number {
		this.#state = (this.#state + 0x6d_2b_79_f5) >>> 0;
		let value = this.#state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	}

	/** An integer in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	float(min: number, max: number): number {
		return min + this.next() * (max - min);
	}

	pick<T>(items: readonly T[]): T {
		return itemAt(items, Math.floor(this.next() * items.length));
	}

	hex(digits: number): string {
		let text = '';
		for (let index = 0; index < digits; index++) {
			text += '0123456789abcdef'.charAt(Math.floor(this.next() * 16));
		}

		return text;
	}

	/** A CPython heap address as repr() prints it. */
	address(): string {
		// 16-byte aligned, as CPython's allocator hands them out.
		return `0x7f${this.hex(9)}0`;
	}

	uuid(): string {
		return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${'89ab'.charAt(this.int(0, 3))}${this.hex(3)}-${this.hex(12)}`;
	}

	port(): number {
		return this.int(32_768, 60_999);
	}
}
