/**
QA tour 66: under `LANG=C` the review drew its own rules and marks in ASCII, but wrote a log's text as UTF-8: a CJK or
emoji id, the `␛` that shows an ESC (bytes E2 90 9B, and 0x9B is CSI to a Latin-1 terminal), the `�` of invalid
bytes. On a terminal that shows ASCII alone, the review now writes them as Python's `ascii()` does (`\u4e2d`) and
controls in caret notation (`^[`); a UTF-8 terminal, and every export, keep the text as it is.
*/
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {showAsciiOnly} from '../source/log/ascii-text.js';
import {sanitize, sanitizeLine, shownId} from '../source/log/sanitize.js';
import {hasTmux, keys, start, temporary, tmux, waitFor} from './tmux.js';

const log = path.resolve('fixtures/hostile-ids/pytest9/run.log');
const wideId =
	'tests/test_hostile.py::test_raw_id[中文测试😀👨\u200D👩\u200D👧]';

afterEach(() => {
	showAsciiOnly(false);
});

describe('text from a log on a terminal that shows ASCII alone', () => {
	test('characters beyond ASCII as ascii() writes them, controls in caret notation', () => {
		showAsciiOnly();
		expect(shownId(wideId)).toBe(
			String.raw`tests/test_hostile.py::test_raw_id[\u4e2d\u6587\u6d4b\u8bd5\U0001f600\U0001f468<U+200D>\U0001f469<U+200D>\U0001f467]`,
		);
		expect(sanitizeLine('Zürich \u001B[2J\u007F\u0001 a\nb \uFFFD')).toBe(
			String.raw`Z\xfcrich ^[[2J^?^A a^Jb \ufffd`,
		);
		expect(sanitize('a\tb\n\u00E9\tc')).toBe('a   b\n\\xe9    c');
	});

	test('a UTF-8 terminal shows them as they are', () => {
		expect(shownId(wideId)).toBe(
			'tests/test_hostile.py::test_raw_id[中文测试😀👨<U+200D>👩<U+200D>👧]',
		);
		expect(sanitizeLine('\u001B[2J a\nb')).toBe('␛[2J a⏎b');
	});
});

describe.skipIf(!hasTmux)('the review under LANG=C in a real terminal', () => {
	test('writes no byte beyond ASCII, and shows a CJK and emoji id escaped', async () => {
		const name = start(
			[log, '--no-history', '--triage', 'qa66-ascii.jsonl'],
			undefined,
			undefined,
			'LANG=C LC_ALL=C',
		);
		await waitFor(
			name,
			t => t.includes('test_message[csi]') && t.includes('decided'),
			'the review',
		);
		const bytes = path.join(temporary, 'qa66-ascii.bytes');
		tmux('pipe-pane', '-t', name, '-o', `cat > '${bytes}'`);
		keys(name, ...Array.from({length: 24}, () => 'j'));
		const text = await waitFor(
			name,
			t => t.includes('ValueError: \\u4e2d'),
			'the wide id selected',
		);
		tmux('pipe-pane', '-t', name);
		expect(text).toContain(
			String.raw`--- tests/test_hostile.py::test_raw_id[\u4e2d\u6587\u6d4b\u8bd5\U0001f600`,
		);
		expect(text).toContain('test_raw_id[^[]0;PWNED^G]');
		expect([...text].filter(character => character > '\u007F')).toEqual([]);
		const written = fs.readFileSync(bytes);
		expect(written.length).toBeGreaterThan(0);
		expect(written.filter(byte => byte > 0x7f)).toHaveLength(0);
		keys(name, 'q');
	}, 30_000);

	test('a UTF-8 locale still shows the id as it is', async () => {
		const name = start(
			[log, '--no-history', '--triage', 'qa66-utf8.jsonl'],
			undefined,
			undefined,
			'LANG=C.UTF-8 LC_ALL=',
		);
		await waitFor(
			name,
			t => t.includes('test_message[csi]') && t.includes('decided'),
			'the review',
		);
		keys(name, ...Array.from({length: 24}, () => 'j'));
		const text = await waitFor(
			name,
			t => t.includes('ValueError: 中文测试'),
			'the wide id selected',
		);
		expect(text).toContain('─── tests/test_hostile.py::test_raw_id[中文测试');
		keys(name, 'q');
	}, 30_000);
});
