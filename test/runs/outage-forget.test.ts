/**
A week with an outage day, as a team meets it (QA 44, a real suite run five times): the report numbered the
runs it compared by their place ("4. run.log (history) … OUTAGE"), and `triage history` listed them by their
number in the history without saying which was the outage. Once a run was forgotten, or a JUnit XML recorded
late took its place by its time, the two numbers differed: `history forget 4`, as the report read, forgot
the day after the outage. Now the report names a remembered run by the number `history forget` takes, and
`triage history` says which runs were outages.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const tests = Array.from(
	{length: 12},
	(_, index) => `test_${String(index + 1).padStart(2, '0')}`,
);
let cwd: string;

beforeEach(() => {
	cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-outage-forget-'));
});

afterEach(() => {
	fs.rmSync(cwd, {recursive: true, force: true});
});

function triage(args: readonly string[]) {
	return runCli(args, {cwd, env: {TRIAGE_HISTORY: ''}});
}

/** A `pytest -v --tb=short` console log of the twelve tests, the ones named failing. */
function day(failing: readonly string[]): string {
	const lines = [
		'============================= test session starts ==============================',
		'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0 -- /usr/bin/python3',
		'rootdir: /home/ci/suite',
		'collecting ... collected 12 items',
		'',
		...tests.map(
			(name, index) =>
				`tests/test_week.py::${name} ${failing.includes(name) ? 'FAILED' : 'PASSED'} [${String(Math.round(((index + 1) * 100) / tests.length)).padStart(3)}%]`,
		),
		'',
	];
	if (failing.length > 0) {
		lines.push(
			'=================================== FAILURES ===================================',
		);
		for (const name of failing) {
			lines.push(
				`_________________________________ ${name} _________________________________`,
				`tests/test_week.py:3: in ${name}`,
				"    raise ConnectionRefusedError(111, 'Connection refused')",
				'E   ConnectionRefusedError: [Errno 111] Connection refused',
			);
		}

		lines.push(
			'=========================== short test summary info ============================',
			...failing.map(
				name =>
					`FAILED tests/test_week.py::${name} - ConnectionRefusedError: [Errno 111] Connection refused`,
			),
		);
	}

	const passed = tests.length - failing.length;
	lines.push(
		`==================== ${[...(failing.length > 0 ? [`${failing.length} failed`] : []), ...(passed > 0 ? [`${passed} passed`] : [])].join(', ')} in 0.12s ====================`,
	);
	return `${lines.join('\n')}\n`;
}

test('the report names each remembered run by the number history forget takes, and history marks the outage', () => {
	const days = [
		['test_01', 'test_02'],
		['test_02', 'test_03'],
		tests,
		['test_03'],
	];
	for (const [index, failing] of days.entries()) {
		fs.writeFileSync(path.join(cwd, `day${index + 1}.log`), day(failing));
	}

	const recorded = triage([
		'history',
		'record',
		'day1.log',
		'day2.log',
		'day3.log',
		'day4.log',
	]);
	expect(recorded.stderr).toBe('');
	expect(recorded.status).toBe(0);
	expect(triage(['history', 'forget', '1']).status).toBe(0);

	const listed = triage(['history']).stdout.split('\n');
	expect(listed.filter(line => line.includes('OUTAGE'))).toEqual([
		expect.stringMatching(
			/^#3 .* day3\.log {2}0 passed, 12 failed {2}\(OUTAGE: most tests failed at once\)$/,
		),
	]);

	// The team's own threshold, as the review and the report take it: at 1 no run is an outage. (It was refused,
	// exit 2, its stdout empty, and this check passed all the same: QA 47.)
	const atOne = triage(['history', '--outage-threshold', '1']);
	expect(atOne.stderr).toBe('');
	expect(atOne.status).toBe(0);
	expect(atOne.stdout).toMatch(/^#3 .* day3\.log {2}0 passed, 12 failed$/m);
	expect(atOne.stdout).not.toContain('OUTAGE');

	// Before: "2. day3.log (history): 12 of 12 failing …", and the history's #2 is day 2.
	const report = triage(['report', 'day4.log']);
	expect(report.status).toBe(0);
	expect(report.stdout).toContain(
		'  1. day2.log (history #2): 2 of 12 failing (16.7%)\n' +
			'  2. day3.log (history #3): 12 of 12 failing (100.0%)  OUTAGE: most tests failed at once; not counted for flakiness\n' +
			'  3. day4.log: 1 of 12 failing (8.3%)\n',
	);

	// The number the report gave forgets the outage, and no other run.
	expect(triage(['history', 'forget', '3']).stdout).toBe('forgot run #3\n');
	const after = triage(['report', 'day4.log']).stdout;
	expect(after).toContain(
		'  1. day2.log (history #2): 2 of 12 failing (16.7%)\n' +
			'  2. day4.log: 1 of 12 failing (8.3%)\n',
	);
	expect(triage(['history']).stdout).not.toContain('OUTAGE');
});

test('record says which run was an outage, at the threshold it is given', () => {
	fs.writeFileSync(path.join(cwd, 'outage.log'), day(tests.slice(0, 11)));
	const recorded = triage(['record', 'outage.log']);
	expect(recorded.stderr).toBe('');
	expect(recorded.status).toBe(0);
	expect(recorded.stdout).toBe(
		'recorded #1 outage.log: 1 passed, 11 failed (OUTAGE: most tests failed at once)\n',
	);
	const again = triage(['record', 'outage.log', '--outage-threshold', '0.95']);
	expect(again.stderr).toBe('');
	expect(again.stdout).toBe(
		'already recorded #1 outage.log: 1 passed, 11 failed\n',
	);
	expect(
		triage(['history', '--outage-threshold', '0.95']).stdout,
	).not.toContain('OUTAGE');
});
