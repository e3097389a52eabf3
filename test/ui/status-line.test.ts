import {describe, expect, test} from 'vitest';
import {isStatusLong, oneLineOf} from '../../source/ui/status-line.js';
import {textWidth} from '../../source/text-width.js';

const id =
	'tests/chaos/auth/test_auth_chaos.py::TestAuth::test_authentication_service_outage';

describe('oneLineOf: a status on one line, the id it names cut at its start', () => {
	test.each([
		[80, `✓ undone: decision removed from ${id}`],
		[60, `✓ undone: decision removed from ${id}`],
		[80, `✓ saved note (and BUG HIGH): …${id.slice(-59)}`],
		[60, `✓ saved note (and BUG HIGH): …${id.slice(-59)}`],
		[60, `[run again: 2/5 done] ✓ saved note: ${id}`],
	])('%i columns: %s', (width, text) => {
		const named = text.slice(text.lastIndexOf(' ') + 1);
		const line = oneLineOf(text, width, named)!;
		expect(textWidth(line)).toBe(width);
		// What happened, whole; the end of the id, whole: only its start is cut.
		const cut = line.lastIndexOf('…');
		const before = text.slice(0, text.lastIndexOf(' ') + 1);
		expect(line.slice(0, cut)).toBe(before);
		expect(id.endsWith(line.slice(cut + 1))).toBe(true);
	});

	test('wide characters count two columns', () => {
		const wide = 'tests/unicode/test_名前.py::test_パラメータ[値]';
		const line = oneLineOf(
			`✓ undone: decision removed from ${wide}`,
			50,
			wide,
		)!;
		expect(line).toBe('✓ undone: decision removed from …st_パラメータ[値]');
		expect(textWidth(line)).toBe(50);
	});

	test('text that fits is kept; prose too long, or an id with too little room, is not cut (it wraps)', () => {
		expect(oneLineOf('✓ detail pane shown', 60)).toBe('✓ detail pane shown');
		const prose =
			'detail pane hidden: the list has the screen (+ shows it, l opens one failure)';
		expect(oneLineOf(prose, 60)).toBeUndefined();
		expect(oneLineOf(`✓ undone: decision removed from ${id}`, 40, id)).toBe(
			undefined,
		);
		expect(isStatusLong({text: prose, tone: 'info'}, 60)).toBe(true);
		expect(
			isStatusLong(
				{text: `undone: decision removed from ${id}`, tone: 'saved', id},
				60,
			),
		).toBe(false);
	});

	test('only the id the status names is cut: a path in prose, or an id it does not name, is not guessed at', () => {
		const reason =
			'cannot run the tests again here: their rootdir /home/ci/work/chaos-service/checkout is not on this machine';
		expect(oneLineOf(reason, 80)).toBeUndefined();
		expect(isStatusLong({text: reason, tone: 'error'}, 80)).toBe(true);
		// An id with a space in its parameters: cut whole, at its start, not at its longest word.
		const spaced =
			'tests/chaos/auth/test_auth_chaos.py::test_login[user name with spaces]';
		const copied = `copied: ${spaced}`;
		expect(oneLineOf(copied, 50, spaced)).toBe(`copied: …${spaced.slice(-41)}`);
		// A test id that looks like no path (a JUnit class name), cut all the same.
		const junit =
			'com.example.billing.InvoiceServiceIntegrationTest.testRefund';
		expect(oneLineOf(`✓ saved: BUG HIGH ${junit}`, 40, junit)).toBe(
			`✓ saved: BUG HIGH …${junit.slice(-21)}`,
		);
		// Words after the id (another session's too) stay whole.
		expect(
			oneLineOf(
				`undone: a decision on ${id} · another session changed decisions too`,
				100,
				id,
			),
		).toBe(
			`undone: a decision on …${id.slice(-37)} · another session changed decisions too`,
		);
	});
});
