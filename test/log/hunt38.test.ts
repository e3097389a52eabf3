import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkHeadlinesAgainstXml} from './against-xml.js';
import {header, parseText, rule} from './helpers.js';

// What helper xdist38's runs showed (fixtures/hunt/README.md, record-hunt38.sh): a collection error under xdist.

const hunt = path.resolve('fixtures/hunt');

describe('a collection error under -n 2 is two reports, as pytest counts it (xdcollerr-*, xdconftest-*)', () => {
	const names = fs
		.readdirSync(hunt)
		.filter(name => /^xd(?:collerr|conftest)-/.test(name));
	test('there are runs under pytest 9 and 7.2', () => {
		expect(names.filter(name => name.includes('-p9'))).not.toEqual([]);
		expect(names.filter(name => name.includes('-p7'))).not.toEqual([]);
	});

	for (const name of names) {
		test(`${name}: each worker's report is a report and a failure`, async () => {
			// Before, one report and one failure, where pytest's final line says `2 errors` and its XML has two.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 2);
			expect(run.complete).toBe(true);
			const errors = run.tests
				.toArray()
				.filter(test => test.outcome === 'error');
			expect(errors.map(test => test.phase)).toEqual(['collect', 'collect']);
			expect(new Set(errors.map(test => test.id)).size).toBe(1);
			expect(run.counts.error).toBe(2);
			const [first, second] = run.failures;
			expect(second?.id).toBe(first?.id);
			expect(second?.headline).toBe(first?.headline);
			expect(first?.headline).toMatch(
				/^(?:json\.decoder\.JSONDecode|ModuleNotFound)Error: /,
			);
		});
	}
});

const collectionError = (worker: number) => [
	rule('ERROR collecting tests/test_bad.py', '_'),
	'tests/test_bad.py:2: in <module>',
	'    DATA = json.loads("{,}")',
	`E   json.decoder.JSONDecodeError: Expecting value (worker ${worker})`,
];

const xdistLog = (workers: number) =>
	[
		header,
		Array.from({length: workers}, (_, worker) => `gw${worker} I`).join(' / '),
		Array.from({length: workers}, (_, worker) => `gw${worker} [1]`).join(' / '),
		'',
		'.                                                                        [100%]',
		rule('ERRORS'),
		...Array.from({length: workers}, (_, worker) =>
			collectionError(worker),
		).flat(),
		rule('short test summary info'),
		...Array.from(
			{length: workers},
			() =>
				'ERROR tests/test_bad.py - json.decoder.JSONDecodeError: Expecting value',
		),
		rule(`1 passed, ${workers} errors in 2.11s`),
		'',
	].join('\n');

describe('a collection error reported by every worker', () => {
	test('three workers: three reports and three failures of the module', async () => {
		const run = await parseText(xdistLog(3));
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({passed: 1, error: 3});
		expect(
			run.tests
				.toArray()
				.filter(test => test.outcome === 'error')
				.map(test => `${test.id} ${test.phase}`),
		).toEqual([
			'tests/test_bad.py collect',
			'tests/test_bad.py collect',
			'tests/test_bad.py collect',
		]);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_bad.py',
			'tests/test_bad.py',
			'tests/test_bad.py',
		]);
	});

	test('without xdist, one report', async () => {
		const run = await parseText(
			[
				header,
				'collected 1 item / 1 error',
				'',
				rule('ERRORS'),
				...collectionError(0),
				rule('short test summary info'),
				'ERROR tests/test_bad.py - json.decoder.JSONDecodeError: Expecting value',
				'!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!',
				rule('1 error in 0.12s'),
				'',
			].join('\n'),
		);
		expect(run.counts.error).toBe(1);
		expect(run.tests.toArray().map(test => test.id)).toEqual([
			'tests/test_bad.py',
		]);
		expect(run.failures).toHaveLength(1);
	});
});
