import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {fixtureOf, frame, loadRun, press, renderReview} from './helpers.js';

test('the summary (s) of a run with no failure says none under each section, "By area" too (QA 40)', async () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-summary-'));
	const log = path.join(folder, 'run.log');
	fs.writeFileSync(
		log,
		[
			'============================= test session starts ==============================',
			'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0',
			'rootdir: /src/app',
			'collected 2 items',
			'',
			'tests/test_a.py::test_one PASSED                                         [ 50%]',
			'tests/test_a.py::test_two PASSED                                         [100%]',
			'',
			'============================== 2 passed in 0.01s ===============================',
			'',
		].join('\n'),
	);
	try {
		const app = await renderReview(
			fixtureOf([await loadRun(log)]),
			{},
			{rows: 60, columns: 120},
		);
		await press(app, 's');
		const lines = frame(app).split('\n');
		const area = lines.findIndex(line => line.trim() === 'By area');
		expect(area).toBeGreaterThan(-1);
		expect(lines[area + 1]!.trim()).toBe('none');
		app.unmount();
	} finally {
		fs.rmSync(folder, {recursive: true, force: true});
	}
});
