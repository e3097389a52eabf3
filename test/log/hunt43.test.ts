import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkAgainstXml, checkHeadlinesAgainstXml} from './against-xml.js';
import {header9, parseText, rule} from './helpers.js';

// What helper hunt43's runs showed (fixtures/hunt/README.md, record-hunt43.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));

describe('a class failing at collection under xdist, in a file whose tests errored at teardown (xclassrun-*, seed 71829)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('xclassrun-')).toHaveLength(3);
	});

	for (const name of runsNamed('xclassrun-')) {
		test(`${name}: each worker's collection error is the class's`, async () => {
			// Before: the class's second entry, headed by its file, went to a test the summary names for its teardown's
			// ERROR (pytest 7.2: one collection error short; pytest 9: a collection error of a test that ran).
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 5);
			expect(
				run.failures
					.map(failure => `${failure.id} ${failure.outcome} ${failure.phase}`)
					.toSorted(),
			).toEqual([
				'test_classrun.py::TestBadIds error collect',
				'test_classrun.py::TestBadIds error collect',
				'test_classrun.py::test_fails_then_teardown error teardown',
				'test_classrun.py::test_fails_then_teardown failed call',
				'test_classrun.py::test_passes_then_teardown error teardown',
			]);
		});
	}
});

describe("a unittest subTest's failure whose word pytest 9 captured with the test's output (subcaptured-*, seed 71578)", () => {
	test('there are runs under -v and -vv, the test failing or passing', () => {
		expect(runsNamed('subcaptured-')).toHaveLength(3);
	});

	for (const name of runsNamed('subcaptured-')) {
		test(`${name}: the failed subtest is a report of its test`, async () => {
			// Before: `id ` then `id FAILED` (or `id PASSED`) read as the test's one report, one failed report short of
			// pytest's final line, and the run called incomplete.
			const isPass = name.endsWith('-pass');
			// No traceback and no summary line: the log holds no headline for it.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.failures).toHaveLength(isPass ? 1 : 3);
			expect(run.complete).toBe(true);
			const file = isPass ? 'test_pass' : 'test_teardown';
			expect(
				run.failures.filter(failure => failure.id.endsWith('::Unit::test_sub')),
			).toHaveLength(isPass ? 1 : 2);
			expect(run.failures[0]!.id).toContain(file);
		});
	}

	const bareThenFull = (names: string[], final: string) =>
		[
			header9(`collected ${names.length} items`),
			...names.flatMap(name => [
				`test_u.py::${name}::test_sub `,
				`test_u.py::${name}::test_sub PASSED                                 [ 50%]`,
			]),
			'',
			rule(final),
			'',
		].join('\n');

	test('two tests whose reports were captured: which failed is not known, the run stays short', async () => {
		const run = await parseText(
			bareThenFull(
				['A', 'B'],
				'1 failed, 2 passed, 4 subtests passed in 0.20s',
			),
		);
		expect(run.failures).toHaveLength(0);
		expect(run.complete).toBe(false);
	});

	test('one such test and as many failed reports as the log names: nothing added', async () => {
		const run = await parseText(
			bareThenFull(['A'], '1 passed, 2 subtests passed in 0.20s'),
		);
		expect(run.failures).toHaveLength(0);
		expect(run.complete).toBe(true);
	});

	test('an id whose output came after it is no captured report', async () => {
		const run = await parseText(
			[
				header9('collected 1 item'),
				'test_u.py::A::test_sub ',
				'printed by the test',
				'test_u.py::A::test_sub PASSED                                 [100%]',
				'',
				rule('1 failed, 1 passed in 0.20s'),
				'',
			].join('\n'),
		);
		expect(run.failures).toHaveLength(0);
	});
});
