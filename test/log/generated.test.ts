import {describe, expect, test} from 'vitest';
import {generateLogText, type GenerateOptions} from '../../bench/generate.js';
import {parseText} from './helpers.js';

/** The same suite and run printed every way pytest can print it must parse to the same failures. */
const variants: ReadonlyArray<[string, Partial<GenerateOptions>]> = [
	['-v', {}],
	['-q', {verbosity: 'quiet'}],
	['default verbosity', {verbosity: 'normal'}],
	['xdist -v', {xdist: true}],
	['xdist -q', {xdist: true, verbosity: 'quiet'}],
	['--color=yes', {color: true}],
	['--color=yes -q', {color: true, verbosity: 'quiet'}],
	['pytest 7 xdist color', {pytest: '7', xdist: true, color: true}],
];

async function failuresOf(options: Partial<GenerateOptions>) {
	const {text} = generateLogText({
		seed: 11,
		tests: 3000,
		failRatio: 0.1,
		...options,
	});
	const run = await parseText(text);
	return {
		run,
		failures: run.failures
			.map(
				failure =>
					`${failure.id} ${failure.outcome} ${failure.phase} ${failure.headline}`,
			)
			.toSorted(),
	};
}

describe('generated runs: every output shape gives the same failures', async () => {
	const reference = await failuresOf({});
	test('the -v run is complete and has failures of every kind', () => {
		expect(reference.run.complete).toBe(true);
		expect(reference.run.warnings).toEqual([]);
		const phases = new Set(
			reference.run.failures.map(failure => failure.phase),
		);
		expect(phases).toEqual(new Set(['call', 'setup', 'teardown']));
	});

	for (const [name, options] of variants.slice(1)) {
		test(name, async () => {
			const {run, failures} = await failuresOf(options);
			expect(run.complete).toBe(true);
			expect(run.counts).toEqual(reference.run.counts);
			expect(failures).toEqual(reference.failures);
		});
	}
});
