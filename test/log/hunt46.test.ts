import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkAgainstXml} from './against-xml.js';
import {header9, parseText, rule} from './helpers.js';

// What helper hunt46's runs showed (fixtures/hunt/README.md, record-hunt46.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));

describe("a test that forks, its child going on with the session and printing its end after the parent's (forked-*, forkfail-*)", () => {
	test('there are runs under pytest 9 and 7.2, -v, -q and the default verbosity', () => {
		expect(runsNamed('forked-')).toHaveLength(7);
		expect(runsNamed('forkfail-')).toHaveLength(5);
		expect(runsNamed('forkwait-')).toHaveLength(3);
	});

	const forks = ['forked-', 'forkfail-', 'forkwait-'].flatMap(prefix =>
		runsNamed(prefix),
	);
	for (const name of forks) {
		test(`${name}: the run is the last end's, whole`, async () => {
			// Before, under -v: the second process's FAILURES read after the first's, every failure twice (`failed 4 parsed
			// vs 2 reported`), and the run called incomplete. forkwait-*: the parent waits, so the child ends first.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.warnings.map(warning => warning.message)).not.toContainEqual(
				expect.stringMatching(/parsed outcomes disagree/),
			);
			const isChildFailing = name.startsWith('forkfail-');
			expect(run.failures).toHaveLength(2);
			if (isChildFailing) {
				expect(run.failures.map(failure => failure.id)).toContain(
					'forked/test_fork_child_fails.py::test_forks_child_fails',
				);
			}
		});
	}

	const failures = (names: string[]) => [
		rule('FAILURES'),
		...names.flatMap(name => [
			rule(name, '_'),
			'',
			`E       AssertionError: ${name}`,
			'',
			`test_f.py:3: AssertionError`,
		]),
		rule('short test summary info'),
		...names.map(name => `FAILED test_f.py::${name} - AssertionError: ${name}`),
	];

	test('-v: the forking test is the last one and its child fails it: no other test line, both ends name the first failure', async () => {
		const run = await parseText(
			[
				header9('collected 2 items'),
				'test_f.py::test_a FAILED                                                 [ 50%]',
				'test_f.py::test_forks PASSED                                             [100%]',
				'',
				...failures(['test_a']),
				rule('1 failed, 1 passed in 0.01s'),
				'FAILED                                                                   [100%]',
				'',
				...failures(['test_a', 'test_forks']),
				rule('2 failed in 1.51s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({passed: 0, failed: 2});
		expect(run.failures.map(failure => failure.id)).toEqual([
			'test_f.py::test_a',
			'test_f.py::test_forks',
		]);
	});

	test('-v: an outcome word alone after the final line with no marker is no child: the run is the parent’s', async () => {
		const run = await parseText(
			[
				header9('collected 1 item'),
				'test_f.py::test_a PASSED                                                 [100%]',
				'',
				rule('1 passed in 0.01s'),
				'PASSED',
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({passed: 1, failed: 0});
	});
});

describe("a conftest's or a plugin's hook failing tests, its frame the only one, no line naming them (hookfile-*)", () => {
	test('there are runs under pytest 9 and 7.2, --tb=short and long', () => {
		expect(runsNamed('hookfile-')).toHaveLength(3);
	});

	for (const name of runsNamed('hookfile-')) {
		test(`${name}: each hooked test is in the file of the entries around it`, async () => {
			// Before: rebuilt in the hook's file (`tests/conftest.py::test_hooked_alpha`, `plugins/hookplug.py::…`).
			const run = await checkAgainstXml(path.join(hunt, name));
			const ids = run.failures.map(failure => failure.id);
			expect(ids).toContain(
				'tests/test_alpha.py::TestGroup::test_plugged_in_class',
			);
			expect(ids).toContain('tests/test_beta.py::test_hooked_beta');
			expect(ids.filter(id => /conftest|hookplug/.test(id))).toEqual([]);
		});
	}

	const entry = (name: string, frame: string) => [
		rule(name, '_'),
		frame,
		'    raise AssertionError("hook")',
		'E   AssertionError: hook',
	];

	test("-q -rN: a hooked test between two files' entries gets no file, not the conftest's", async () => {
		const run = await parseText(
			[
				'FFF                                                                      [100%]',
				rule('FAILURES'),
				...entry('test_a', 'tests/test_a.py:2: in test_a'),
				...entry('test_hooked', 'tests/conftest.py:8: in pytest_runtest_call'),
				...entry('test_b', 'tests/test_b.py:2: in test_b'),
				'3 failed in 0.10s',
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py::test_a',
			'test_hooked',
			'tests/test_b.py::test_b',
		]);
	});

	test("-q -rN: a conftest's fixture failing a setup, no other error showing its file: no file, not the conftest's", async () => {
		const run = await parseText(
			[
				'FEF                                                                      [100%]',
				rule('ERRORS'),
				...entry('ERROR at setup of test_db', 'tests/conftest.py:5: in db'),
				rule('FAILURES'),
				...entry('test_a', 'tests/test_a.py:2: in test_a'),
				...entry('test_b', 'tests/test_a.py:9: in test_b'),
				'2 failed, 1 error in 0.10s',
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.id)).toContain('test_db');
	});
});
