/**
The built CLI in a real terminal (tmux) at 40 columns, on failures whose ids and messages hold CJK and
emoji: every line the terminal shows stays on its own row, and the header stays on screen. Skipped when
tmux is missing.
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {cli, hasTmux, keys, start, temporary, tmux, waitFor} from '../tmux.js';

const ids = [
	'tests/test_odd.py::test_wide[東京都]',
	'tests/test_odd.py::test_wide[emoji🎉🚀]',
	'tests/test_odd.py::test_wide[ﾊﾝｶｸ]',
];

const log = [
	'============================= test session starts ==============================',
	'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
	'rootdir: /src/demo-suite',
	'collecting ... collected 3 items',
	'',
	...ids.map(id => `${id} FAILED`),
	'',
	'=================================== FAILURES ===================================',
	...ids.flatMap(id => [
		`_____ ${id.split('::')[1]!} _____`,
		'tests/test_odd.py:18: in test_wide',
		'    assert name == "x"',
		'E   AssertionError: 名前が違います 東京都 — 😀 e\u0301',
	]),
	'=========================== short test summary info ============================',
	...ids.map(id => `FAILED ${id} - AssertionError: 名前が違います 東京都`),
	'============================== 3 failed in 0.03s ===============================',
	'',
].join('\n');

describe.skipIf(!hasTmux)('the built CLI in tmux, 40 columns wide', () => {
	test('wide characters astride a cut never make a line wrap: the header stays on the first row', async () => {
		expect(fs.existsSync(cli), 'dist/cli.js: run npm run build').toBe(true);
		const file = path.join(temporary, 'wide.log');
		fs.writeFileSync(file, log);
		const name = start(['--triage', path.join(temporary, 'wide.jsonl'), file]);
		await waitFor(name, t => t.includes('0/3 decided'), 'the review');
		tmux('resize-window', '-t', name, '-x', '40', '-y', '24');
		let text = await waitFor(
			name,
			t => t.split('\n')[0]!.startsWith('wide.log'),
			'the review at 40 columns',
		);
		// The emoji row, then the CJK one: each headline is cut by Ink at 40 columns.
		for (const key of ['j', 'k']) {
			keys(name, key);

			text = await waitFor(
				name,
				t => t.includes(key === 'j' ? '2/3:' : '1/3:'),
				`the row after ${key}`,
			);
			const lines = text.split('\n');
			expect(lines[0]).toMatch(/^wide\.log · /);
			// A line one column too wide wrapped its last character onto a row of its own.
			expect(lines.filter(line => line.trim() === '…')).toEqual([]);
			expect(text).toContain('FAILED call · AssertionError: 名前');
		}

		keys(name, 'q');
		await waitFor(name, t => t.includes('EXITED 0'), 'the exit');
	});
});
