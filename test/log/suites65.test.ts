import {describe, expect, test} from 'vitest';
import {parseText} from './helpers.js';

// What the sixty-fifth sweep's runs showed (fixtures/real-suites/README.md, record-sweep65.sh).

describe('classes failing at collection, each reported by both xdist workers, in a file whose name holds `::`', () => {
	// pytest 9.0.3 heads such an entry with the file's name up to its `::` (`ERROR collecting tests/test_v`); the whole name
	// is read too.
	test.each(['tests/test_v', 'tests/test_v::w.py'])(
		'entries headed `ERROR collecting %s` whose messages the cut summary cannot tell apart go to its lines in order',
		async header => {
			const file = 'tests/test_v::w.py';
			const entry = (name: string) => [
				`_______________________ ERROR collecting ${header} _______________________`,
				`${file}:20: in __init__`,
				`    load("${name}")`,
				`E   MissingVector: the data directory this wheel does not ship lacks ${name}`,
			];
			const run = await parseText(
				[
					'bringing up nodes...',
					'..                                                                       [100%]',
					'==================================== ERRORS ====================================',
					...entry('a.txt'),
					...entry('b.txt'),
					...entry('a.txt'),
					...entry('c.txt'),
					...entry('b.txt'),
					...entry('c.txt'),
					'=========================== short test summary info ============================',
					`ERROR ${file}::TestA - MissingVector: the data directory this wheel...`,
					`ERROR ${file}::TestB - MissingVector: the data directory this wheel...`,
					`ERROR ${file}::TestA - MissingVector: the data directory this wheel...`,
					`ERROR ${file}::TestC - MissingVector: the data directory this wheel...`,
					`ERROR ${file}::TestB - MissingVector: the data directory this wheel...`,
					`ERROR ${file}::TestC - MissingVector: the data directory this wheel...`,
					'2 passed, 6 errors in 0.52s',
				].join('\n'),
			);
			const byName = (a: string, b: string) => a.localeCompare(b);
			expect(
				run.failures
					.map(failure => `${failure.id} ${failure.headline}`)
					.toSorted(byName),
			).toEqual(
				['a', 'a', 'b', 'b', 'c', 'c'].map(
					name =>
						`${file}::Test${name.toUpperCase()} MissingVector: the data directory this wheel does not ship lacks ${name}.txt`,
				),
			);
			expect(run.counts).toMatchObject({passed: 2, error: 6});
		},
	);
});
