import {describe, expect, test} from 'vitest';
import {usesWorkers} from './fuzz/xdist-workers.js';

// Sweep 64's leftover (hunt 66): `fuzz.ts --check` knew xdist stopping early (`-x`, `--maxfail`: exit 2) only
// under `-n 2`. pytest 9.0.3 and 7.2.1 with xdist 3.1 exit 2 so under `-n 1` and `-n 3` too; `-n 0` exits 1.

describe('usesWorkers: a command that runs xdist workers', () => {
	test.each([
		'python3 -m pytest -q -n 2 -x --junitxml=../run.xml',
		'python3 -m pytest -q -n 1 --maxfail=1',
		'python3 -m pytest -v -n 12 -x',
		'python3 -m pytest -n3 -x',
		'python3 -m pytest -n auto -x',
		'python3 -m pytest -n logical -x',
		'python3 -m pytest --numprocesses=4 -x',
		'python3 -m pytest --numprocesses 2 -x',
		'PYTHONPATH=/opt/xdist9 python3 -m pytest -n 0 -n 2',
	])('%s', command => {
		expect(usesWorkers(command)).toBe(true);
	});

	test.each([
		'python3 -m pytest -q -x',
		'python3 -m pytest -q -n 0 -x',
		'python3 -m pytest -n 00',
		'python3 -m pytest -n 2 -n 0',
		'python3 -m pytest -k n_2 -x',
		'python3 -m pytest --no-header -x',
		'python3 -m pytest -nx',
	])('not %s', command => {
		expect(usesWorkers(command)).toBe(false);
	});
});
