import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {formatReport} from '../../source/export/report.js';
import {readLog} from '../../source/log/read.js';

/** The lines of a report's section after its title and rule. */
function sectionLines(report: string, title: string): string[] {
	const lines = report.split('\n');
	const start = lines.indexOf(title);
	expect(start, title).toBeGreaterThan(-1);
	const end = lines.indexOf('', start);
	return lines.slice(start + 2, end);
}

/** The terminal column where a line's count starts (the first digit after the name's padding). */
function countColumn(line: string): number {
	const match = /^(.*?\S) +(?=\d)/.exec(line);
	expect(match, line).not.toBeNull();
	return stringWidth(match![0]);
}

const run = await readLog('fixtures/wide-names/run.log');
const report = formatReport(analyze([run]));

test.each(['FAILURES BY TEST FILE', 'FAILURES BY AREA'])(
	'%s: the counts after a file or folder named in Chinese line up in a terminal (a CJK character is two columns)',
	title => {
		const lines = sectionLines(report, title);
		expect(lines.some(line => /[中数]/.test(line))).toBe(true);
		const columns = new Set(lines.map(line => countColumn(line)));
		expect(columns.size, lines.join('\n')).toBe(1);
	},
);
