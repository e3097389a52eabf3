import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import type {Failure} from '../../source/log/model.js';
import {detailTextOf, screenLinesOf} from '../../source/review/detail-text.js';
import {
	hangingIndentOf,
	textWidth,
	wrapText,
} from '../../source/text-width.js';

const psycopgLog = path.resolve(
	'fixtures/real/psycopg2-pg-stopped-rA/run.log.gz',
);

async function failureOf(log: string, id: string): Promise<Failure> {
	const run = await readLog(log);
	const failure = run.failures.find(failure => failure.id === id);
	expect(failure, id).toBeDefined();
	return failure!;
}

describe('wrapText', () => {
	test.each([
		['a line that fits', 20, 0, ['a line that fits']],
		['', 10, 4, ['']],
		// At a space near the end of a piece, with the space dropped.
		['alpha beta gamma delta', 12, 2, ['alpha beta', '  gamma', '  delta']],
		// No space near the end: a hard break.
		['abcdefghijklmnop', 6, 2, ['abcdef', '  ghij', '  klmn', '  op']],
		// `E   ` lines: continuation under the text.
		[
			'E   AssertionError: assert 1 == 2',
			20,
			4,
			['E   AssertionError:', '    assert 1 == 2'],
		],
		// Wide characters take two columns.
		['数据库连接失败了', 6, 0, ['数据库', '连接失', '败了']],
		// The indent never takes more than half the width.
		['abcdefghij', 4, 10, ['abcd', '  ef', '  gh', '  ij']],
	])('%j at %i columns, indent %i', (text, width, indent, expected) => {
		expect(wrapText(text, width, indent)).toEqual(expected);
	});

	test('no piece is wider than the width, and no text is lost', () => {
		const text = `E   ${'数据 word '.repeat(40)}end`;
		const pieces = wrapText(text, 33, hangingIndentOf(text));
		for (const piece of pieces) {
			expect(textWidth(piece)).toBeLessThanOrEqual(33);
		}

		expect(pieces.join(' ').replaceAll(/\s+/g, ' ')).toBe(
			text.replaceAll(/\s+/g, ' '),
		);
	});
});

describe('hangingIndentOf', () => {
	test.each([
		['E   AssertionError: boom', 4],
		['E       Is the server running', 8],
		['    assert x == y', 8],
		['tests/test_a.py:12: in test_a', 4],
	])('%j: %i', (line, indent) => {
		expect(hangingIndentOf(line)).toBe(indent);
	});
});

describe('screenLinesOf', () => {
	const id =
		'tests/test_connection.py::SignalTestCase::test_bug_551_no_returning';

	test("psycopg2's 528-character `b'Traceback …'` line wraps at 79 columns, its tail shown", async () => {
		const failure = await failureOf(psycopgLog, id);
		const text = detailTextOf(failure);
		const long = text.traceback.findIndex(line => line.includes("b'Traceback"));
		expect(text.traceback[long]!.length).toBe(528);
		const lines = screenLinesOf(failure, {
			isCapturedShown: false,
			isWrapped: true,
			width: 79,
		});
		for (const line of lines) {
			expect(textWidth(line.text)).toBeLessThanOrEqual(79);
		}

		const pieces = lines.filter(line => line.index === long);
		expect(pieces.length).toBe(8);
		expect(pieces[0]!.isContinuation).toBe(false);
		expect(pieces.slice(1).every(line => line.isContinuation)).toBe(true);
		expect(pieces.slice(1).every(line => line.text.startsWith('    '))).toBe(
			true,
		);
		expect(pieces.map(line => line.text).join(' ')).toContain(
			'failed: Connection refused',
		);
		expect(pieces.at(-1)!.text).toBe(
			"    on that host and accepting TCP/IP connections?'",
		);
		expect(lines.length).toBe(text.traceback.length + 8);
	});

	test('cut: one screen line per traceback line, whole (Ink cuts it)', async () => {
		const failure = await failureOf(psycopgLog, id);
		const text = detailTextOf(failure);
		const lines = screenLinesOf(failure, {
			isCapturedShown: false,
			isWrapped: false,
			width: 79,
		});
		expect(lines.map(line => line.text)).toEqual(text.traceback);
		expect(lines.every(line => !line.isContinuation)).toBe(true);
	});
});
