import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {header, header9, parseText, rule} from './helpers.js';
import {hunt20InternalErrors} from './hunt20-runs.js';

// Shapes the twentieth hunt's real runs showed (fixtures/real-suites/README.md, record-hunt20.sh).

const fixtures = path.join(import.meta.dirname, '../../fixtures');

/** What a run's INTERNALERROR warning names, after the words each reader puts before it. */
async function internalErrorOf(file: string): Promise<string | undefined> {
	const run = await readLog(file);
	return run.warnings
		.map(warning => warning.message)
		.find(message => message.includes('INTERNALERROR'))
		?.replace(/^.*INTERNALERROR(?: \([^)]*\))?: /, '');
}

describe('the twentieth hunt: an INTERNALERROR that is a chain of exceptions', () => {
	test.each([
		...hunt20InternalErrors.map(name => path.join('real-suites', name)),
		path.join('plugins', 'cov-xdist-p9-v'),
	])(
		'%s: the log and the XML name the first exception of the first INTERNALERROR, its cause',
		async name => {
			const directory = path.join(fixtures, name);
			const log = await internalErrorOf(path.join(directory, 'run.log'));
			const xml = await internalErrorOf(path.join(directory, 'run.xml'));
			expect(log).toBe(xml);
			expect(log).toMatch(
				/^(?:coverage\.exceptions\.CoverageWarning: Module nosuchmod was never imported|sqlite3\.OperationalError: no such table: context)/,
			);
		},
	);

	test('a chain in one INTERNALERROR: its cause; a second INTERNALERROR after other lines is not read for it', async () => {
		const run = await parseText(
			[
				header9('collected 1 item'),
				'',
				'tests/test_a.py .                                                        [100%]',
				'INTERNALERROR> Traceback (most recent call last):',
				'INTERNALERROR>   File "/opt/plugin.py", line 3, in finish',
				'INTERNALERROR>     save()',
				'INTERNALERROR> plugin.DataError: no data to save',
				'INTERNALERROR> ',
				'INTERNALERROR> During handling of the above exception, another exception occurred:',
				'INTERNALERROR> ',
				'INTERNALERROR> Traceback (most recent call last):',
				'INTERNALERROR>   File "/opt/plugin.py", line 5, in finish',
				'INTERNALERROR>     warn()',
				'INTERNALERROR> plugin.ReportWarning: failed to report',
				'some other line',
				'INTERNALERROR> Traceback (most recent call last):',
				'INTERNALERROR>   File "/opt/plugin.py", line 9, in close',
				'INTERNALERROR> KeyError: gw1',
			].join('\n'),
		);
		expect(run.warnings.map(warning => warning.message)).toContain(
			'pytest INTERNALERROR: plugin.DataError: no data to save',
		);
	});
});

describe("the twentieth hunt: a crashed xdist worker's F before any other letter", () => {
	test('the F between `[gw1] node down` and `replacing crashed worker gw1` counts', async () => {
		const run = await parseText(
			[
				header,
				'gw0 I / gw1 I',
				'gw0 [4] / gw1 [4]',
				'[gw1] node down: Not properly terminated',
				'F',
				'replacing crashed worker gw1',
				'...                                                                      [100%]',
				rule('FAILURES'),
				"worker 'gw1' crashed while running 'tests/test_a",
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_a',
				rule('1 failed, 3 passed in 0.50s'),
			].join('\n'),
		);
		expect(run.warnings.map(warning => warning.message)).toEqual([]);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py::test_a',
		]);
	});
});
