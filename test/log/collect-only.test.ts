/** `pytest --collect-only`: a whole run of no test, whose final line counts what pytest collected. */
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {header, parseText, rule} from './helpers.js';

const hunt = path.resolve('fixtures/hunt');
const messages = (warnings: ReadonlyArray<{message: string}>) =>
	warnings.map(warning => warning.message);

describe('--collect-only runs (fixtures/hunt/collectonly-*)', () => {
	test('the tree of a clean --co run: whole, no test, and said to be a collection', async () => {
		const run = await readLog(path.join(hunt, 'collectonly-p9-co/run.log'));
		expect(run.complete).toBe(true);
		expect(run.tests.length).toBe(0);
		expect(messages(run.warnings)).toEqual([
			'pytest only collected the tests (--collect-only): 6 tests collected; no test ran',
		]);
	});

	test('-q lists ids, not outcomes: none is read as a test', async () => {
		const run = await readLog(
			path.join(hunt, 'collectonly-p7-q-deselected/run.log'),
		);
		expect(run.complete).toBe(true);
		expect(run.tests.length).toBe(0);
		expect(messages(run.warnings)).toEqual([
			'pytest only collected the tests (--collect-only): 3/6 tests collected (3 deselected); no test ran',
		]);
	});

	test('a module that fails to import is the collection error to triage', async () => {
		const run = await readLog(
			path.join(hunt, 'collectonly-p9-error-continue/run.log'),
		);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => [failure.id, failure.phase])).toEqual([
			['collectonly/test_broken_import.py', 'collect'],
		]);
		expect(run.failures[0]!.headline).toBe(
			"ModuleNotFoundError: No module named 'module_that_is_not_installed'",
		);
	});
});

describe('a collect-only final line printed by a test', () => {
	test('under -s, among the progress, it does not end the run', async () => {
		const run = await parseText(
			[
				header,
				'collected 2 items',
				'',
				'tests/test_a.py 2 tests collected in 0.01s',
				'.F',
				'',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_b - assert 0',
				rule('1 failed, 1 passed in 0.05s'),
				'',
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({passed: 1, failed: 1});
		expect(messages(run.warnings)).toEqual([]);
	});
});
