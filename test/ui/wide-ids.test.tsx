import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {fixtureOf, frame, renderReview} from './helpers.js';

/** Ids with emoji outside the CJK blocks (🚀 is a Transport and Map symbol), kana, CJK and a combining mark. */
const ids = [
	'tests/test_odd.py::test_wide[東京都]',
	'tests/test_odd.py::test_wide[emoji🎉🚀]',
	'tests/test_odd.py::test_wide[rocket🚀🛸🟢]',
	'tests/test_odd.py::test_wide[cafe\u0301]',
	'tests/test_odd.py::test_wide[ﾊﾝｶｸ]',
];

/** A pytest -v log (pytest 9 with `disable_test_id_escaping…`: the ids as written). */
const log = [
	'============================= test session starts ==============================',
	'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
	'rootdir: /src/demo-suite',
	'collecting ... collected 5 items',
	'',
	...ids.map(id => `${id} FAILED`),
	'',
	'=========================== short test summary info ============================',
	...ids.map(id => `FAILED ${id} - AssertionError: 名前が違います 😀`),
	'============================== 5 failed in 0.03s ===============================',
	'',
].join('\n');

test.each([40, 50, 80])(
	'at %i columns a row whose id holds wide emoji is cut by its start to the width',
	async columns => {
		const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-wide-'));
		const file = path.join(directory, 'run.log');
		fs.writeFileSync(file, log);
		const data = fixtureOf([await readLog(file)]);
		const size = {rows: 24, columns};
		const app = await renderReview(data, {}, size);
		const lines = frame(app).split('\n');
		const rows = lines.filter(line => /^[› ][* ] FAIL /.test(line));
		expect(rows).toHaveLength(5);
		// A row measured short of its width was cut by Ink instead, one column too wide (a wide character astride the
		// cut): the terminal wrapped it and pushed the header off (source/bundle-stubs/cli-truncate.ts cuts Ink's cuts).
		expect(rows.filter(line => stringWidth(line) > columns)).toEqual([]);
		expect(rows.filter(line => line.endsWith('…'))).toEqual([]);
		expect(lines.length).toBeLessThanOrEqual(size.rows - 1);
		expect(lines[0]).toContain('5 failed');
		app.unmount();
	},
);

test('a 400-character id at 80 columns: the row and the detail heading keep the test name, the parameter cut in the middle', async () => {
	const id = `tests/test_odd.py::test_long_id[${'x'.repeat(360)}]`;
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-long-id-'));
	const file = path.join(directory, 'run.log');
	fs.writeFileSync(
		file,
		log.replaceAll('tests/test_odd.py::test_wide[東京都]', id),
	);
	const data = fixtureOf([await readLog(file)]);
	const app = await renderReview(data, {}, {rows: 24, columns: 80});
	const lines = frame(app).split('\n');
	// Before: `…xxxx…xxxx]`, the test's name on no line of the screen.
	expect(lines.find(line => line.startsWith('›'))).toMatch(
		/FAIL .*test_odd\.py::test_long_id\[…x+]$/,
	);
	expect(lines.find(line => line.startsWith('───'))).toMatch(
		/^─── tests\/test_odd\.py::test_long_id\[…x+]$/,
	);
	app.unmount();
});
