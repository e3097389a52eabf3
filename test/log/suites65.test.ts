import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {checkHeadlinesAgainstXml, xmlOf} from './against-xml.js';
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

const root = path.resolve('fixtures/real-suites');

describe('xdist workers that collected different tests', () => {
	test.each([
		'pyogrio-p90-q-n2-rA-collected',
		'pyogrio-p90-v-n3-collected',
		'pyogrio-p7-q-n2-rA-collected',
	])(
		'%s: the worker is the error, named as the log names it, in the XML too',
		async name => {
			const directory = path.join(root, name);
			const run = await checkHeadlinesAgainstXml(directory, 1);
			const xml = await readLog(xmlOf(directory)!);
			const [failure] = run.failures;
			expect(failure?.id).toMatch(/^gw\d$/);
			expect(failure?.phase).toBe('collect');
			expect(failure?.headline).toMatch(
				/^Different tests were collected between gw\d and gw\d\. The difference is:$/,
			);
			expect(xml.failures.map(each => each.id)).toEqual([failure?.id]);
		},
	);

	test('a module named like no worker is still a file', async () => {
		const xml = await parseText(
			[
				'<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="2" failures="0" skipped="0" tests="2">',
				'<testcase classname="" name="gw1" time="0.000"><error message="Different tests were collected between gw0 and gw1. The difference is:">diff</error></testcase>',
				'<testcase classname="" name="gwen" time="0.000"><error message="collection failure">ImportError: no module named x</error></testcase>',
				'</testsuite></testsuites>',
			].join(''),
			'report.xml',
		);
		expect(xml.failures.map(failure => failure.id)).toEqual(['gw1', 'gwen.py']);
	});
});
