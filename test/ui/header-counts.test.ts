import {expect, test} from 'vitest';
import {formatCounts} from '../../source/ui/header.js';
import type {Counts} from '../../source/log/model.js';

test("the header's counts of a 5.9-million-test run are grouped by thousands, as the loading screen's are", () => {
	const counts: Counts = {
		passed: 5_167_036,
		failed: 550_088,
		error: 67_676,
		skipped: 118_828,
		xfailed: 25_052,
		xpassed: 10_652,
		rerun: 1200,
	};
	expect(formatCounts(counts)).toBe(
		'550,088 failed · 67,676 error · 5,167,036 passed · 118,828 skipped · 25,052 xfailed · 10,652 xpassed · 1,200 rerun',
	);
	expect(formatCounts({...counts, passed: 812, failed: 33, error: 0})).toMatch(
		/^33 failed · 812 passed · /,
	);
});
