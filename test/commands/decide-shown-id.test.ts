/**
`decide --id` on an id holding a control character (a raw BEL): the screen shows it as `␇`, the CSV and Markdown
as `\x07`, and neither can be typed as the raw character. Both shown forms select it; an id of a parametrized test
without its parameters says which failed.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const bell = 'tests/test_b.py::test_bell[a\u0007b]';
const log = [
	'============================= test session starts ==============================',
	'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0',
	'rootdir: /ci/suite',
	'collected 2 items',
	'',
	`${bell} FAILED                                 [ 50%]`,
	'tests/test_b.py::test_ok PASSED                                 [100%]',
	'',
	'=================================== FAILURES ===================================',
	'_______________ test_bell[a\u0007b] _______________',
	'tests/test_b.py:3: in test_bell',
	'    assert 0',
	'E   AssertionError: bell \u0007 in msg',
	'=========================== short test summary info ============================',
	`FAILED ${bell} - AssertionError: bell \u0007 in msg`,
	'========================= 1 failed, 1 passed in 0.01s ==========================',
	'',
].join('\n');
let cwd: string;

beforeAll(() => {
	cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-shown-id-'));
	fs.writeFileSync(path.join(cwd, 'bel.log'), log);
});

afterAll(() => {
	fs.rmSync(cwd, {recursive: true, force: true});
});

function decide(id: string, journal: string) {
	return runCli(
		[
			'decide',
			'bel.log',
			'--id',
			id,
			'--category',
			'ENVIRONMENT',
			'--triage',
			journal,
		],
		{cwd},
	);
}

test.each([
	['as the CSV and Markdown show it', 'tests/test_b.py::test_bell[a\\x07b]'],
	['as the screen shows it', 'tests/test_b.py::test_bell[a\u2407b]'],
	['as the log has it', bell],
])('--id %s: that failure is decided', (_, id) => {
	const journal = `${Math.random().toString(36).slice(2)}.jsonl`;
	const result = decide(id, journal);
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	expect(result.stdout).toBe(
		'saved ENVIRONMENT HIGH tests/test_b.py::test_bell[a\u2407b]\n',
	);
	const events = fs
		.readFileSync(path.join(cwd, journal), 'utf8')
		.trim()
		.split('\n')
		.map(line => JSON.parse(line) as {id?: string});
	expect(events.at(-1)!.id).toBe(bell);
});

test('--id of a parametrized test without its parameters: one line naming the parameter that failed, exit 2', () => {
	const result = decide('tests/test_b.py::test_bell', 'none.jsonl');
	expect(result.status).toBe(2);
	expect(result.stderr).toBe(
		'triage: no failure with id tests/test_b.py::test_bell in the newest run, but one of its parameters failed (tests/test_b.py::test_bell[a\u2407b]): give the whole id, or --match\n',
	);
	expect(fs.existsSync(path.join(cwd, 'none.jsonl'))).toBe(false);
});
