import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {comparablePairs} from './truth.js';
import {parseText} from './helpers.js';

const traps = path.resolve('fixtures/traps');

function recordsOf(name: string): string[] {
	return zlib
		.gunzipSync(fs.readFileSync(path.join(traps, name, 'run.jsonl.gz')))
		.toString('utf8')
		.trimEnd()
		.split('\n');
}

/** The fields of a report record these tests change (the longrepr is edited deep inside). */
type ReportRecord = {
	nodeid?: unknown;
	when?: unknown;
	outcome?: unknown;
	location?: unknown;
	sections?: unknown;
	longrepr?: any;
};

/** The real report log with one record changed; `find` picks the record. */
function edited(
	records: readonly string[],
	find: (record: ReportRecord) => boolean,
	change: (record: ReportRecord) => unknown,
): string[] {
	const index = records.findIndex(line =>
		find(JSON.parse(line) as ReportRecord),
	);
	expect(index).toBeGreaterThan(-1);
	const record = JSON.parse(records[index]!) as ReportRecord;
	const changed = change(record) ?? record;
	return records.map((line, position) =>
		position === index ? JSON.stringify(changed) : line,
	);
}

const callOf = (test: string) => (record: ReportRecord) =>
	typeof record.nodeid === 'string' &&
	record.nodeid.endsWith(`::${test}`) &&
	record.when === 'call';

const failingIds = (run: {
	failures: ReadonlyArray<{id: string; phase: string}>;
}) => run.failures.map(failure => `${failure.id} ${failure.phase}`);

describe('pytest-reportlog runs with lines over 256 KB', () => {
	for (const name of ['reportlog-p9', 'reportlog-p7']) {
		test(`${name}: every report is read, and agrees with the XML and pytest's final line`, async () => {
			const records = recordsOf(name);
			// The point of the fixture: the failing test's record is longer than a console line may be.
			const longest = Math.max(...records.map(line => line.length));
			expect(longest).toBeGreaterThan(256 * 1024);
			const run = await readLog(path.join(traps, name, 'run.jsonl.gz'));
			const xml = await readLog(path.join(traps, name, 'run.xml'));
			const meta = JSON.parse(
				fs.readFileSync(path.join(traps, name, 'meta.json'), 'utf8'),
			) as {counts: Record<string, number>};
			expect(run.format).toBe('reportlog');
			expect(run.complete).toBe(true);
			expect(run.warnings).toEqual([]);
			expect(run.counts).toEqual(meta.counts);
			expect(comparablePairs(run)).toEqual(comparablePairs(xml));
			const huge = run.failures.find(failure =>
				failure.id.endsWith('::test_huge_output_fails'),
			);
			expect(huge?.headline).toBe(
				'AssertionError: the interesting failure after a lot of output',
			);
			expect(huge?.captured[0]?.text.length).toBeGreaterThan(256 * 1024);
		});
	}
});

describe('report records pytest never writes: never a crash, never a failing test lost in silence', () => {
	const records = recordsOf('reportlog-p9');
	const read = async (lines: readonly string[]) =>
		parseText(`${lines.join('\n')}\n`, 'run.jsonl');
	const expectedFailures = [
		'reportlog/test_big_output.py::test_huge_output_fails call',
		'reportlog/test_big_output.py::test_group call',
		'reportlog/test_big_output.py::test_teardown teardown',
	];

	test('a `null` line (a report no hook serialized) is skipped with a warning naming its line', async () => {
		const lines = [records[0]!, 'null', ...records.slice(1)];
		const run = await read(lines);
		expect(run.complete).toBe(true);
		expect(failingIds(run)).toEqual(expectedFailures);
		expect(run.warnings).toEqual([
			{line: 2, message: '`null`, not a report record; skipped'},
		]);
	});

	test('`null` lines before the first record: still a report log', async () => {
		const run = await read(['null', 'null', ...records]);
		expect(run.format).toBe('reportlog');
		expect(failingIds(run)).toEqual(expectedFailures);
	});

	test('nodeid: null is named from the location, and said', async () => {
		const lines = edited(records, callOf('test_group'), record => {
			record.nodeid = null;
		});
		const run = await read(lines);
		expect(run.complete).toBe(true);
		expect(failingIds(run)).toEqual(expectedFailures);
		expect(run.warnings.map(warning => warning.message)).toEqual([
			'TestReport without a node id; named "reportlog/test_big_output.py::test_group" from its location',
		]);
	});

	test('a failing report with neither node id nor location: the run is incomplete, and says which line', async () => {
		const index = records.findIndex(line =>
			callOf('test_group')(JSON.parse(line) as ReportRecord),
		);
		const lines = edited(records, callOf('test_group'), record => {
			record.nodeid = null;
			record.location = null;
		});
		const run = await read(lines);
		expect(run.complete).toBe(false);
		expect(run.warnings).toEqual([
			{
				line: index + 1,
				message:
					'failed TestReport without a node id or a location: it names no test; skipped',
			},
		]);
	});

	test('sections: [null], reprentries: [null], chain: [null]: the failure stays, the null parts are left out', async () => {
		let lines = edited(
			records,
			record =>
				typeof record.nodeid === 'string' &&
				record.nodeid.endsWith('::test_teardown') &&
				record.when === 'teardown',
			record => {
				record.sections = [null];
				// pytest reads the chain when there is one: the entries of its first link.
				record.longrepr.chain[0][0].reprentries = [null];
			},
		);
		lines = edited(lines, callOf('test_group'), record => {
			record.longrepr.chain = [null];
		});
		lines = edited(lines, callOf('test_huge_output_fails'), record => {
			record.longrepr.chain = [[null, null, null]];
			record.longrepr.reprcrash = null;
		});
		const run = await read(lines);
		expect(run.complete).toBe(true);
		expect(failingIds(run)).toEqual(expectedFailures);
		const teardown = run.failures[2]!;
		expect(teardown.headline).toBe('RuntimeError: teardown went wrong');
		expect(teardown.captured).toEqual([]);
		expect(run.warnings.map(warning => warning.message)).toEqual([
			'reportlog/test_big_output.py::test_huge_output_fails: 1 part(s) of its report that are not what pytest writes (null) were left out',
			'reportlog/test_big_output.py::test_group: 1 part(s) of its report that are not what pytest writes (null) were left out',
			'reportlog/test_big_output.py::test_teardown: 2 part(s) of its report that are not what pytest writes (null) were left out',
		]);
	});

	test('an outcome pytest never writes is not taken for a failure', async () => {
		const lines = edited(records, callOf('test_small'), record => {
			record.outcome = null;
		});
		const run = await read(lines);
		expect(run.complete).toBe(false);
		expect(run.tests.some(test => test.id.endsWith('::test_small'))).toBe(
			false,
		);
		expect(run.warnings[0]!.message).toBe(
			'reportlog/test_big_output.py::test_small: a report with when "call" and outcome null, which pytest never writes; skipped',
		);
	});

	test('a torn failing record keeps its test, without the traceback', async () => {
		const index = records.findIndex(line =>
			callOf('test_huge_output_fails')(JSON.parse(line) as ReportRecord),
		);
		const lines = records.map((line, position) =>
			position === index ? line.slice(0, 100_000) : line,
		);
		const run = await read(lines);
		expect(failingIds(run)).toEqual(expectedFailures);
		expect(run.failures[0]!.headline).toBe(
			`(only the start of its report-log record on line ${index + 1} could be read)`,
		);
		expect(run.warnings.map(warning => warning.message)).toEqual([
			'not a whole JSON record (a torn write?): the failing report of reportlog/test_big_output.py::test_huge_output_fails is kept without its traceback',
		]);
	});

	test('a torn record that names no failing test: skipped with a warning, the counts no longer trusted', async () => {
		const index = records.findIndex(line =>
			callOf('test_huge_output_passes')(JSON.parse(line) as ReportRecord),
		);
		const lines = records.map((line, position) =>
			position === index ? line.slice(0, 100_000) : line,
		);
		const run = await read(lines);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toEqual([
			'not a whole JSON record (a torn write?): a passed report of reportlog/test_big_output.py::test_huge_output_passes; skipped',
		]);
	});

	test('a record longer than the reader takes (64 MB): its failing test is kept, and the warning says why', async () => {
		const head =
			'{"nodeid": "tests/test_big.py::test_x", "location": ["tests/test_big.py", 3, "test_x"], "keywords": {"test_x": 1}, "outcome": "failed", "longrepr": "';
		const huge = `${head}${'x'.repeat(65 * 1024 * 1024)}", "when": "call", "$report_type": "TestReport"}`;
		const run = await read([records[0]!, huge, records.at(-1)!]);
		expect(failingIds(run)).toEqual(['tests/test_big.py::test_x call']);
		expect(run.warnings.map(warning => warning.message)).toEqual([
			'line is longer than 64 MB; only its start was read',
			'longer than 64 MB: the failing report of tests/test_big.py::test_x is kept without its traceback',
		]);
	});
});
