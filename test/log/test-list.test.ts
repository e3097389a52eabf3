import {describe, expect, test} from 'vitest';
import {IdColumn} from '../../source/log/id-column.js';
import {packReport, ReportRows, TestList} from '../../source/log/test-list.js';

describe('ReportRows durations', () => {
	test('a duration of 0 is 0, none is undefined, and both stay so as the rows grow', () => {
		const ids = new IdColumn();
		const reports = new ReportRows(4);
		const expected: Array<number | undefined> = [];
		for (let index = 0; index < 5000; index++) {
			const row = ids.appendText(`tests/test_a.py::test_${index}`);
			const report = reports.push(row, packReport('passed', 'call'));
			const seconds =
				index % 3 === 0 ? undefined : index % 3 === 1 ? 0 : index / 1000;
			if (seconds !== undefined && index > 10) {
				reports.setDuration(report, seconds);
			}

			expected.push(index > 10 ? seconds : undefined);
		}

		const list = new TestList(ids, reports);
		const durations = Array.from({length: list.length}, (_, index) =>
			list.durationAt(index),
		);
		expect(durations).toEqual(expected);
		expect(Object.is(list.durationAt(13), 0)).toBe(true);
		expect(list.durationAt(12)).toBeUndefined();
	});
});
