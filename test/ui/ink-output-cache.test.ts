import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import Output from '../../node_modules/ink/build/output.js';
import {
	cachedGet,
	type FrameGet,
	maxCachedEntries,
} from '../../source/ui/ink-output-cache.js';

// The app patches Output.prototype when it loads; this file does not load the app, so the prototype's
// `get` is Ink's own. Every test draws the same frames with Ink's `get` and with the cached one.
const inkGet = (Output.prototype as unknown as {get: FrameGet}).get;
const isPatched = inkGet.name !== 'get';

type Transformer = (line: string, index: number) => string;

type Step =
	| {kind: 'write'; x: number; y: number; text: string; transform: number}
	| {kind: 'clip'; x1?: number; x2?: number; y1?: number; y2?: number}
	| {kind: 'unclip'};

const bold = (line: string) => `\u001B[1m${line}\u001B[22m`;
const red = (line: string) => `\u001B[31m${line}\u001B[39m`;
const transformerSets: Transformer[][] = [
	[],
	[bold],
	[red, bold],
	[(line, index) => (index % 2 === 0 ? red(line) : line)],
	// A transformer that breaks a line: Ink's own `get` draws that frame.
	[line => `${line}\nmore`],
];

const pieces = [
	'a',
	'FAIL',
	' ',
	'tests/test_x.py::test_y[param]',
	'─── traceback ',
	'›',
	'…',
	'日本',
	'👍',
	'e\u0301',
	'\u001B[2m',
	'\u001B[22m',
	'\u001B[36m',
	'\u001B[39m',
	'\u001B[7m',
	'\u001B[27m',
	'\n',
	'░░░',
	'\t',
];

const textArb = fc
	.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 12})
	.map(parts => parts.join(''));

const stepArb: fc.Arbitrary<Step> = fc.oneof(
	{
		weight: 8,
		arbitrary: fc.record({
			kind: fc.constant('write' as const),
			x: fc.integer({min: -2, max: 24}),
			y: fc.integer({min: -2, max: 9}),
			text: textArb,
			transform: fc.integer({min: 0, max: transformerSets.length - 1}),
		}),
	},
	{
		weight: 1,
		arbitrary: fc.record(
			{
				kind: fc.constant('clip' as const),
				x1: fc.integer({min: 0, max: 10}),
				x2: fc.integer({min: 5, max: 20}),
				y1: fc.integer({min: -1, max: 4}),
				y2: fc.integer({min: 2, max: 9}),
			},
			{requiredKeys: ['kind']},
		),
	},
	{weight: 1, arbitrary: fc.constant({kind: 'unclip' as const})},
);

const frameArb = fc.array(stepArb, {maxLength: 14});

function outputOf(steps: readonly Step[], width: number, height: number) {
	const output = new Output({width, height});
	for (const step of steps) {
		switch (step.kind) {
			case 'write': {
				output.write(step.x, step.y, step.text, {
					transformers: transformerSets[step.transform]!,
				});
				break;
			}

			case 'clip': {
				output.clip({x1: step.x1, x2: step.x2, y1: step.y1, y2: step.y2});
				break;
			}

			case 'unclip': {
				output.unclip();
			}
		}
	}

	return output;
}

describe('cachedGet', () => {
	test('Ink is compared with its own get', () => {
		// Were the prototype patched already (another test file loaded the app), the comparison would be empty.
		expect(isPatched).toBe(false);
	});

	test('draws every frame of a sequence as Ink does, rows reused across frames', () => {
		fc.assert(
			fc.property(
				fc.array(frameArb, {minLength: 1, maxLength: 6}),
				fc.integer({min: 1, max: 20}),
				fc.integer({min: 1, max: 8}),
				(frames, width, height) => {
					const get = cachedGet(inkGet);
					for (const steps of frames) {
						const expected = inkGet.call(outputOf(steps, width, height));
						// Twice: the second draw comes from the cache.
						expect(get.call(outputOf(steps, width, height))).toEqual(expected);
						expect(get.call(outputOf(steps, width, height))).toEqual(expected);
						// The same lines one column or one row further: not the rows drawn before.
						for (const [dx, dy] of [
							[1, 0],
							[0, 1],
						] as const) {
							const moved = steps.map(step =>
								step.kind === 'write'
									? {...step, x: step.x + dx, y: step.y + dy}
									: step,
							);
							expect(get.call(outputOf(moved, width, height))).toEqual(
								inkGet.call(outputOf(moved, width, height)),
							);
						}
					}
				},
			),
			{numRuns: 400},
		);
	});

	test('a row that changes is drawn again, the rows that do not are kept', () => {
		const get = cachedGet(inkGet);
		const frame = (selected: number) => {
			const output = new Output({width: 30, height: 4});
			for (let y = 0; y < 4; y++) {
				output.write(0, y, `${y === selected ? '›' : ' '} row ${y}`, {
					transformers: y === selected ? [bold] : [],
				});
			}

			return output;
		};

		for (const selected of [0, 1, 2, 1, 0, 3]) {
			expect(get.call(frame(selected))).toEqual(inkGet.call(frame(selected)));
		}
	});

	test('the caches start again past their bound, and frames stay right', () => {
		const get = cachedGet(inkGet);
		for (let index = 0; index < maxCachedEntries + 10; index++) {
			const output = new Output({width: 12, height: 1});
			output.write(0, 0, `line ${index}`, {transformers: []});
			expect(get.call(output).output).toBe(`line ${index}`);
		}
	});
});
