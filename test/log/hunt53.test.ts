import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkAgainstXml} from './against-xml.js';
import {header, parseText, rule} from './helpers.js';

// What helper hunt53's runs showed (fixtures/hunt/README.md, record-hunt53.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));

describe('an xdist worker’s report of an id holding newlines (nlworker-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('nlworker-')).toEqual([
			'nlworker-p7-v-n2',
			'nlworker-p9-v-n2',
		]);
	});

	for (const name of runsNamed('nlworker-')) {
		test(`${name}: every test as the XML has it, the run whole`, async () => {
			// Before: `[gw1] [ 28%] SKIPPED ünï/test_nl.py::test_skipped[two` was read as a line of its own, the id cut
			// at its newline (`failed 3 parsed vs 2 reported`, the run incomplete).
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.tests.map(test => test.id)).toContain(
				'ünï/test_nl.py::test_skipped[two\nnew\nlines]',
			);
		});
	}

	test('an ASCII folder, a worker line held over three lines; an id whose brackets do not balance stays one line', async () => {
		const lines = [
			header,
			'2 workers [3 items]',
			'',
			'tests/t.py::test_p[two',
			'new',
			'lines] ',
			'[gw1] [ 33%] FAILED tests/t.py::test_p[two',
			'new',
			'lines] ',
			'[gw0] [ 66%] PASSED tests/t.py::test_check[[1, 2] ',
			'[gw0] [100%] SKIPPED tests/t.py::test_s[a] ',
			rule('short test summary info'),
			'FAILED tests/t.py::test_p[two',
			'new',
			'lines] - assert 0',
			rule('1 failed, 1 passed, 1 skipped in 0.12s'),
		];
		const run = await parseText(lines.join('\n'));
		expect(run.complete).toBe(true);
		expect(run.tests.map(test => `${test.id} ${test.outcome}`)).toEqual([
			'tests/t.py::test_p[two\nnew\nlines] failed',
			'tests/t.py::test_check[[1, 2] passed',
			'tests/t.py::test_s[a] skipped',
		]);
	});
});

describe('an absolute frame the warnings summary shows the root of (warnroot-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('warnroot-')).toEqual([
			'warnroot-p7-q-rN',
			'warnroot-p7-q-rs',
			'warnroot-p9-q-rN',
		]);
	});

	for (const name of runsNamed('warnroot-')) {
		test(`${name}: the exception group's test rebuilt relative, as the XML has it`, async () => {
			// Before: `/src/hunt53/warnroot/tests/test_group.py::test_group`, as its frame printed it.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.failures.map(failure => failure.id)).toEqual([
				'tests/test_group.py::test_group',
				'tests/test_warn.py::test_warns_and_fails',
			]);
		});
	}

	test('a warning outside the project, or a line only shaped like a warning, shows no root', async () => {
		const lines = [
			'F.F                                                                      [100%]',
			rule('FAILURES'),
			`${'_'.repeat(30)} test_group ${'_'.repeat(30)}`,
			'  + Exception Group Traceback (most recent call last):',
			'  |   File "/src/app/tests/test_group.py", line 8, in test_group',
			"  |     raise ExceptionGroup('group', [ValueError('one')])",
			'  | ExceptionGroup: group (1 sub-exception)',
			`${'_'.repeat(30)} test_other ${'_'.repeat(30)}`,
			'',
			'>       assert 1 == 2',
			'E       assert 1 == 2',
			'',
			'tests/test_warn.py:13: AssertionError',
			rule('warnings summary'),
			'tests/test_warn.py::test_other',
			'  /usr/lib/python3/dist-packages/tests/test_warn.py:12: UserWarning: another tests/test_warn.py',
			'  /src/app/tests/test_warn.py.orig:12: UserWarning: not a Python file',
			'  /src/app/tests/test_warn.py:12 UserWarning: no colon after the line',
			'  /src/app/tests/test_warn.py:x: UserWarning: no line',
			"    /src/app/tests/test_warn.py:12: UserWarning: the warning's source line, indented further",
			'',
			'2 failed, 1 passed, 1 warning in 0.17s',
		];
		const run = await parseText(lines.join('\n'));
		expect(run.failures.map(failure => failure.id)).toEqual([
			'/src/app/tests/test_group.py::test_group',
			'tests/test_warn.py::test_other',
		]);
	});
});
