/**
What `R` shows before it runs (`createRerunWhere`): the command and the folder it runs in, or the one line saying
why it cannot run here. A log is untrusted: it names the rootdir (whose conftest.py pytest loads) and the python.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {createRerunWhere} from '../../source/confirm/handler.js';
import type {Run} from '../../source/log/model.js';

let directory: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-rerun-where-'));
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

function runWith(header: {rootdir?: string; executable?: string}): () => Run {
	return () => ({header}) as unknown as Run;
}

test('a rootdir on this machine: the whole command, with the python the log names, and that folder', () => {
	const where = createRerunWhere({
		runOf: runWith({rootdir: directory, executable: '/venv/bin/python3.11'}),
	})(['tests/test_a.py::test_b']);
	expect(where).toEqual({
		command: `/venv/bin/python3.11 -m pytest -v -p no:randomly -p no:cacheprovider --rootdir=${directory} tests/test_a.py::test_b`,
		cwd: directory,
	});
});

test('a program that is not a python: python3 shows, as it is what runs', () => {
	const where = createRerunWhere({
		runOf: runWith({rootdir: directory, executable: '/srv/ci/payload.sh'}),
	})(['tests/test_a.py::test_b', 'tests/test_a.py::test_c']);
	expect(where).toMatchObject({cwd: directory});
	expect('command' in where && where.command).toMatch(
		/^python3 -m pytest .* 2 tests$/,
	);
});

test('a rootdir not on this machine, or none: one line', () => {
	const gone = path.join(directory, 'elsewhere');
	expect(
		createRerunWhere({runOf: runWith({rootdir: gone})})(['tests/a.py::t']),
	).toEqual({
		problem: `cannot run the tests again here: their rootdir ${gone} is not on this machine`,
	});
	expect(createRerunWhere({runOf: runWith({})})(['tests/a.py::t'])).toEqual({
		problem:
			'cannot run the tests again here: the log does not say where they ran (no rootdir line)',
	});
});

test('a template from the rules file shows as it will run, its words after the ids included, FILE for the JUnit XML', () => {
	const where = createRerunWhere({
		runOf: runWith({rootdir: directory}),
		template: 'tox -e py311 -- {ids} --junitxml={junitxml}',
	})(['tests/a.py::t']);
	expect(where).toEqual({
		command: 'tox -e py311 -- tests/a.py::t --junitxml=FILE',
		cwd: directory,
	});
});

test("a rootdir holding control characters (the log's: a C1 CSI, a BEL) is refused in a line that holds none", () => {
	const hostile = path.join(directory, '\u009B31mRED\u0007dir');
	const where = createRerunWhere({runOf: runWith({rootdir: hostile})})([
		'tests/a.py::t',
	]);
	expect('problem' in where && where.problem).toMatch(
		/^cannot run the tests again here: their rootdir .*RED.*dir is not on this machine$/,
	);

	expect('problem' in where && where.problem).not.toMatch(
		/[\u0000-\u001F\u007F-\u009F]/,
	);
});
