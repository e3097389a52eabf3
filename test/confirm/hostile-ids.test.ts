/**
`R` on ids that start with `-` or `@`, by real pytest: a log's words must never become pytest's options. A log
read from CI that names a collection error `--basetemp=DIR` had pytest run the whole suite with DIR as its
temporary folder, and pytest empties it first; a real test under a folder named `-2` never ran again.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {runConfirmation} from '../../source/confirm/run.js';

let directory: string;
let suite: string;
let victim: string;

beforeAll(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-hostile-ids-'));
	suite = path.join(directory, 'suite');
	victim = path.join(directory, 'victim');
	fs.mkdirSync(path.join(suite, '-2'), {recursive: true});
	fs.mkdirSync(path.join(suite, 'tests'));
	fs.mkdirSync(victim);
	fs.writeFileSync(path.join(victim, 'keep.txt'), 'precious\n');
	fs.writeFileSync(
		path.join(suite, '-2', 'test_minus.py'),
		'def test_leading_minus():\n    assert 0, "minus"\n',
	);
	// A test that asks for tmp_path: pytest empties --basetemp then.
	fs.writeFileSync(
		path.join(suite, 'tests', 'test_tmp.py'),
		'def test_uses_tmp(tmp_path):\n    (tmp_path / "x").write_text("y")\n',
	);
});

afterAll(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

const env = {PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1'};

test('a test under a folder named -2 runs again, as ./-2/…, and is reported under its own id', async () => {
	const result = await runConfirmation(
		{
			tests: [
				{
					id: '-2/test_minus.py::test_leading_minus',
					phase: 'call',
					signature: '',
				},
			],
			repetitions: 1,
			rootdir: suite,
			folder: path.join(directory, '.triage'),
		},
		{env},
	);
	expect(result).toMatchObject({
		kind: 'done',
		confirmations: [
			{id: '-2/test_minus.py::test_leading_minus', reproduced: 1, runs: 1},
		],
	});
});

test("a log's `ERROR --basetemp=DIR` is a path that is not found, never pytest's temporary folder", async () => {
	const result = await runConfirmation(
		{
			tests: [{id: `--basetemp=${victim}`, phase: 'collect', signature: ''}],
			repetitions: 1,
			rootdir: suite,
			folder: path.join(directory, '.triage'),
		},
		{env},
	);
	expect(result.kind).toBe('unavailable');
	expect(fs.readdirSync(victim)).toEqual(['keep.txt']);
});
