/**
A console log that printed no traceback (`--tb=line`, `--tb=no`) given with its JUnit XML: the failures come from
the XML, whose tracebacks and captured output are kept in its body store. Joined into the log's run, each
failure keeps them: a spread of the XML's failure dropped them (accessors), and the analysis then crashed with
"Cannot read properties of undefined" on every such pair.
*/
import path from 'node:path';
import {expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {readLogs} from '../../source/runs/read-logs.js';
import {groupRuns} from '../../source/runs/group.js';
import {withFields} from '../../source/log/stored-failure.js';
import {readLog} from '../../source/log/read.js';

const now = () => new Date('2026-12-05T09:00:00Z');

test.each([
	'longline-p9-tbline',
	'tbline-p9-rs',
	'tbout-p7-tbline',
	'crashrepr-p7-q-tbline-n2',
])(
	'%s: the log and its XML read together keep the XML’s tracebacks, and are analysed',
	async folder => {
		const log = path.join('fixtures/hunt', folder, 'run.log');
		const xml = path.join('fixtures/hunt', folder, 'run.xml');
		const alone = await readLog(xml);
		const fromXml = new Map(
			alone.failures.map(failure => [
				`${failure.phase} ${failure.id}`,
				failure.traceback,
			]),
		);
		for (const order of [
			[log, xml],
			[xml, log],
		]) {
			const {logs} = await readLogs({logs: order, hash: false, now});
			const runs = groupRuns(logs, 'auto');
			expect(runs).toHaveLength(1);
			const [run] = runs;
			expect(run!.junitXml).toBe(xml);
			let taken = 0;
			for (const failure of run!.failures) {
				expect(typeof failure.traceback).toBe('string');
				expect(Array.isArray(failure.captured)).toBe(true);
				const original = fromXml.get(`${failure.phase} ${failure.id}`);
				if (original !== undefined && failure.traceback === original) {
					taken++;
				}
			}

			// The XML's tracebacks are the ones the log lacked.
			expect(taken).toBeGreaterThan(0);
			const analysis = analyze([run!]);
			expect(analysis.failures).toHaveLength(run!.failures.length);
		}
	},
);

test('withFields moves a stored failure to another line, or to none, or gives it another headline, keeping its traceback and captured output', async () => {
	const run = await readLog('fixtures/hunt/tbout-p7-tbline/run.xml');
	const failure = run.failures.find(each => each.traceback !== '')!;
	expect(failure).toBeDefined();
	const moved = withFields(failure, {logLine: 12});
	expect(moved.logLine).toBe(12);
	expect(moved.traceback).toBe(failure.traceback);
	expect(moved.captured).toEqual(failure.captured);
	expect({...moved, traceback: '', captured: []}).toEqual({
		...failure,
		traceback: '',
		captured: [],
		logLine: 12,
	});
	const nowhere = withFields(moved, {logLine: undefined});
	expect('logLine' in nowhere).toBe(false);
	expect(nowhere.traceback).toBe(failure.traceback);
	const plain = withFields(
		{...failure, traceback: 'T', captured: []},
		{logLine: 3},
	);
	expect(plain).toMatchObject({traceback: 'T', captured: [], logLine: 3});
	expect('logLine' in withFields(plain, {logLine: undefined})).toBe(false);
	// The live review's headline for a failure known only from its progress line.
	const renamed = withFields(failure, {headline: 'waiting'});
	expect(renamed.headline).toBe('waiting');
	expect(renamed.traceback).toBe(failure.traceback);
	expect(renamed.captured).toEqual(failure.captured);
	expect(renamed.id).toBe(failure.id);
});
