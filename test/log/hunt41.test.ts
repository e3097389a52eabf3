import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkHeadlinesAgainstXml} from './against-xml.js';
import {parseText, rule} from './helpers.js';

// What helper hunt41's runs showed (fixtures/hunt/README.md, record-hunt41.sh): the fuzzer's seed 71485.

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));

describe("a conftest's section after the ERRORS of a run with no progress (termcollerr-*, the fuzzer's seed 71485)", () => {
	test('there are runs under pytest 9 and 7.2, -q and -qq', () => {
		expect(runsNamed('termcollerr-')).toHaveLength(4);
	});

	for (const name of runsNamed('termcollerr-')) {
		test(`${name}: the collection error is read, the run whole`, async () => {
			// Before: the ERRORS title was taken for a test's output that the section's `test_fake.py .F.  [ 60%]`
			// continued: no failure, three tests counted from the printed line (-q), or the run called cut (-qq).
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 1);
			expect(run.complete).toBe(true);
			expect(run.failures.map(failure => [failure.id, failure.phase])).toEqual([
				['termcollerr/test_broken.py', 'collect'],
			]);
		});
	}

	const errorsThenSection = (final: string[]) =>
		[
			'bringing up nodes...',
			'bringing up nodes...',
			'',
			'',
			rule('ERRORS'),
			rule('ERROR collecting tests/test_a.py', '_'),
			'tests/test_a.py:1: in <module>',
			'    import missing',
			"E   ModuleNotFoundError: No module named 'missing'",
			rule('custom section'),
			'tests/test_fake.py .F.                                                    [ 60%]',
			...final,
			'',
		].join('\n');

	test('-q: a module line in the section after xdist said the session ended is no progress', async () => {
		const run = await parseText(errorsThenSection(['1 error in 0.12s']));
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({passed: 0, failed: 0, error: 1});
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py',
		]);
	});

	test("-qq -rN: a log ending in a plugin's section after the reports is whole", async () => {
		const run = await parseText(errorsThenSection([]));
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py',
		]);
	});
});
