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
		const line = oneLineOf(text, width)!;
		expect(textWidth(line)).toBe(width);
		// What happened, whole; the end of the id, whole: only its start is cut.
		const cut = line.lastIndexOf('…');
		const before = text.slice(0, text.lastIndexOf(' ') + 1);
		expect(line.slice(0, cut)).toBe(before);
		expect(id.endsWith(line.slice(cut + 1))).toBe(true);
	});

	test('wide characters count two columns', () => {
		const wide = 'tests/unicode/test_名前.py::test_パラメータ[値]';
		const line = oneLineOf(`✓ undone: decision removed from ${wide}`, 50)!;
		expect(line).toBe('✓ undone: decision removed from …st_パラメータ[値]');
		expect(textWidth(line)).toBe(50);
	});

	test('text that fits is kept; prose too long, or an id with too little room, is not cut (it wraps)', () => {
		expect(oneLineOf('✓ detail pane shown', 60)).toBe('✓ detail pane shown');
		const prose =
			'detail pane hidden: the list has the screen (+ shows it, l opens one failure)';
		expect(oneLineOf(prose, 60)).toBeUndefined();
		expect(oneLineOf(`✓ undone: decision removed from ${id}`, 40)).toBe(
			undefined,
		);
		expect(isStatusLong({text: prose, tone: 'info'}, 60)).toBe(true);
		expect(
			isStatusLong(
				{text: `undone: decision removed from ${id}`, tone: 'saved'},
				60,
			),
		).toBe(false);
	});
});
