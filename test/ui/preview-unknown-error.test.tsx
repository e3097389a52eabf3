import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {fixtureOf, frame, press, renderReview} from './helpers.js';

// What `pytest -v | triage -` has read a few seconds into a run: progress lines, no FAILURES yet.
const partialLog = `============================= test session starts ==============================
platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0
rootdir: /home/ci/suite
collecting ... collected 14 items

tests/test_slow.py::test_step[0] FAILED                                  [  7%]
tests/test_slow.py::test_step[1] PASSED                                  [ 14%]
tests/test_slow.py::test_step[2] PASSED                                  [ 21%]
tests/test_slow.py::test_step[3] FAILED                                  [ 28%]
tests/test_slow.py::test_step[4] PASSED                                  [ 35%]
tests/test_slow.py::test_step[5] PASSED                                  [ 42%]
tests/test_slow.py::test_step[6] FAILED                                  [ 50%]
`;

test('x on a failure whose error the log does not say yet: no cluster preview, nothing saved', async () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-partial-'));
	const log = path.join(folder, 'run.log');
	fs.writeFileSync(log, partialLog);
	const data = fixtureOf([await readLog(log)]);
	expect(data.analysis.failures).toHaveLength(3);
	const app = await renderReview(data, {}, {rows: 30, columns: 160});
	await press(app, 'b', 'k');
	expect(frame(app)).toContain('1/3 decided');
	await press(app, 'x');
	// Three unrelated failures, each without a traceback: not "Apply BUG HIGH to 2 of 3 failures".
	expect(frame(app)).not.toContain('Apply');
	// The log is read to its end: its error is not coming.
	expect(frame(app)).toContain(
		"no cluster: the log does not show this failure's error",
	);
	await press(app, 'y');
	expect(frame(app)).toContain('1/3 decided');
	app.unmount();
	expect(data.journal.state().size).toBe(1);
});

test('the detail pane of a log read to its end names no cluster for a failure whose error it does not show', async () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-partial-'));
	const log = path.join(folder, 'run.log');
	fs.writeFileSync(log, partialLog);
	const data = fixtureOf([await readLog(log)]);
	const app = await renderReview(data, {}, {rows: 30, columns: 160});
	// Three failures with the same empty signature: not "cluster … (3 failures)". The log is read (pytest
	// crashed, say): no error is coming, so the pane does not say "until its error is read".
	expect(frame(app)).toContain('no cluster: the log does not show its error');
	expect(frame(app)).not.toContain('until its error is read');
	expect(frame(app)).not.toMatch(/cluster \w+ \(3 failures\)/);
	app.unmount();
});
