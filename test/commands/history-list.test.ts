import {expect, test} from 'vitest';
import {formatRunLine} from '../../source/commands/history.js';
import {emptyCounts} from '../../source/log/model.js';
import type {RecordedRun} from '../../source/runs/history/records.js';

function recorded(id: number): RecordedRun {
	return {
		id,
		key: `key-${id}`,
		recordedAt: '2026-12-03T19:02:05.000Z',
		source: `day-${id}.log`,
		session: undefined,
		format: 'pytest',
		rootdir: undefined,
		pytest: undefined,
		python: undefined,
		counts: {...emptyCounts(), passed: 5, failed: 1},
		complete: true,
		retried: false,
		warnings: 0,
		logs: [`day-${id}.log`],
	};
}

test('triage history: run #9 and run #10 line up, their dates in one column', () => {
	const lines = [9, 10].map(id => formatRunLine(recorded(id), 2));
	expect(lines).toEqual([
		'#9   2026-12-03 19:02  day-9.log  5 passed, 1 failed',
		'#10  2026-12-03 19:02  day-10.log  5 passed, 1 failed',
	]);
	expect(lines[0]!.indexOf('2026')).toBe(lines[1]!.indexOf('2026'));
});
