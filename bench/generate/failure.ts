/**
Failure reports as data: frames, exception blocks, captured sections, fixture lookups; what a
failure is told from (its context) and the small helpers every kind of failure uses.
*/
import type {Flavor} from './environment.js';
import type {Phase} from './plan.js';
import {type Random} from './random.js';
import type {TestItem} from './suite.js';

export type Frame = {
	readonly path: string;
	readonly line: number;
	readonly func: string;
	readonly source: string;
};

export type ExceptionBlock = {
	readonly frames: readonly Frame[];
	/** The exception lines, printed after `E   `. */
	readonly lines: readonly string[];
};

export type Section = {
	readonly title: string;
	readonly lines: readonly string[];
	readonly isLog?: boolean;
};

export type FixtureLookup = {
	readonly missing: string;
	readonly available: readonly string[];
};

export type FailureText = {
	readonly chain: readonly ExceptionBlock[];
	/** How chained exceptions are joined. */
	readonly chaining?: 'context' | 'cause';
	readonly fixtureLookup?: FixtureLookup;
	readonly sections?: readonly Section[];
};

export type Context = {
	readonly item: TestItem;
	readonly random: Random;
	readonly flavor: Flavor;
	readonly phase: Phase;
	readonly tmp: string;
};

export function testFrame(context: Context, source: string, shift = 0): Frame {
	const {item} = context;
	return {
		path: item.file,
		line: item.line + 2 + ((item.hash >>> 7) % 9) + shift,
		func: item.name,
		source,
	};
}

export function logLine(
	level: string,
	logger: string,
	where: string,
	message: string,
) {
	return `${level.padEnd(8)} ${logger}:${where} ${message}`;
}

export function tmpPath(context: Context, ...parts: string[]): string {
	const name = context.item.name.slice(0, 30);
	return [context.tmp, `${name}0`, ...parts].join('/');
}

export type AssertionText = {
	readonly source: string;
	readonly lines: readonly string[];
};

/** A plain `assert` without a message: pytest drops the `AssertionError: ` prefix unless the
repr of the message would use double quotes. */
export function plainAssert(lines: string[]): string[] {
	const [first = '', ...rest] = lines;
	const text = [first, ...rest].join('\n');
	const keepsPrefix = text.includes("'") && !text.includes('"');
	return keepsPrefix ? [`AssertionError: ${first}`, ...rest] : lines;
}

export function stringDiff(
	flavor: Flavor,
	actual: string,
	expected: string,
): string[] {
	const diff = [`  - ${expected}`, `  + ${actual}`];
	return flavor.major === '7' ? diff : ['  ', ...diff];
}

export function boundMethod(
	flavor: Flavor,
	className: string,
	method: string,
	address: string,
): {call: string; where: string} {
	const object = `<${className} object at ${address}>`;
	const shortClass = className.split('.').at(-1) ?? className;
	if (flavor.major === '7') {
		const bound = `<bound method ${shortClass}.${method} of ${object}>`;
		return {call: bound, where: `${bound} = ${object}.${method}`};
	}

	return {call: method, where: `${method} = ${object}.${method}`};
}

/** The crash message of a failure, as the short summary shows it (its first line). */
export function crashMessage(text: FailureText): string | undefined {
	const last = text.chain.at(-1);
	return last?.lines[0];
}
