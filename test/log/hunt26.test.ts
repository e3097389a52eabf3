import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {
	checkAgainstXml,
	checkHeadlinesAgainstXml,
	logOf,
} from './against-xml.js';

// What the twenty-sixth hunt's runs showed (fixtures/hunt/README.md, record-hunt26.sh): a sweep of real suites not
// swept before, where the one disagreement left is a run the log cannot tell.

const hunt = path.resolve('fixtures/hunt');

describe('an INTERNALERROR in a failed test’s teardown report (hyperlink’s tests, pytest 9, -W error)', () => {
	const messages = async (name: string) => {
		const run = await readLog(logOf(path.join(hunt, name)));
		return {run, warnings: run.warnings.map(warning => warning.message)};
	};

	test('-v: the failed test is named, the run is cut, and its INTERNALERROR said', async () => {
		const run = await checkAgainstXml(path.join(hunt, 'makereport-p9-v'));
		expect(run.complete).toBe(false);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'makereport/test_makereport.py::test_second',
					'(no traceback in the log)',
				],
			],
		);
		expect(run.warnings.map(warning => warning.message)).toContain(
			"pytest INTERNALERROR: DeprecationWarning: a plugin's import warned while it made the report",
		);
	});

	test('-q, -rA: no line names the failure; the run is cut and says pytest counts one the log never names', async () => {
		for (const name of [
			'makereport-p7-q',
			'makereport-p9-q',
			'makereport-p7-rA',
		]) {
			const {run, warnings} = await messages(name);
			expect(run.complete, name).toBe(false);
			expect(run.counts, name).toMatchObject({passed: 1, failed: 1});
			expect(warnings.join('\n'), name).toMatch(
				/^pytest counts 1 failing report that the log never names \(no FAILURES section and no short summary: an INTERNALERROR ended the session before its summaries\)/m,
			);
		}
	});

	// The log cannot tell: pytest wrote the report to the XML, then died before printing it.
	test.fails(
		'-v: the failure’s message (the XML’s) is nowhere in the log',
		async () => {
			await checkHeadlinesAgainstXml(path.join(hunt, 'makereport-p9-v'), 1);
		},
	);

	test.fails('-q: the failed test’s id is nowhere in the log', async () => {
		await checkAgainstXml(path.join(hunt, 'makereport-p9-q'));
	});
});
