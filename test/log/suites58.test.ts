import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml, xmlOf} from './against-xml.js';
import {parseText} from './helpers.js';
import {xmlHeadlines} from './truth.js';

// What the fifty-eighth sweep's runs showed (fixtures/real-suites/README.md, record-sweep58.sh).

const root = path.resolve('fixtures/real-suites');
const read = async (name: string) => readLog(path.join(root, name, 'run.log'));
const messages = (run: Run) => run.warnings.map(warning => warning.message);

describe('a C extension that crashes the interpreter in a thread a test started', () => {
	test("the warning names the crash and the test whose thread pool's worker it was", async () => {
		const run = await read('shapely-p7-rA-segv-threads');
		expect(run.complete).toBe(false);
		expect(messages(run)).toContain(
			'run was interrupted: Fatal Python error: Segmentation fault (crashed in query at /src/real-suites/site58/shapely/strtree.py:273, in a thread started by test_strtree_threaded_query at /src/real-suites/site58/shapely/tests/test_strtree.py:1964)',
		);
	});

	const dump = (
		current: string[],
		others: string[][],
		before: string[][] = [],
	) =>
		[
			'============================= test session starts ==============================',
			'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
			'rootdir: /src/app',
			'collected 2 items',
			'',
			'tests/test_pool.py .Fatal Python error: Segmentation fault',
			...before.flatMap(frames => [
				'',
				'Thread 0x00007f30d7c0ab80 (most recent call first):',
				...frames,
			]),
			'',
			'Current thread 0x00007f30c7fff6c0 (most recent call first):',
			...current,
			...others.flatMap(frames => [
				'',
				'Thread 0x00007f30d7c0ab80 (most recent call first):',
				...frames,
			]),
		].join('\n');
	const worker = [
		'  File "/src/app/pool/native.py", line 12 in crunch',
		'  File "/usr/lib/python3.11/concurrent/futures/thread.py", line 58 in run',
		'  File "/usr/lib/python3.11/threading.py", line 1045 in _bootstrap_inner',
	];
	const main = [
		'  File "/src/app/tests/test_pool.py", line 30 in test_pool',
		'  File "/opt/python3.11/lib/python3.11/site-packages/_pytest/python.py", line 166 in pytest_pyfunc_call',
		'  File "/opt/python3.11/lib/python3.11/site-packages/_pytest/runner.py", line 179 in pytest_runtest_call',
	];

	test('the thread running the test may be dumped last, the log ending with its stack', async () => {
		const run = await parseText(dump(worker, [worker, main]));
		expect(messages(run)).toContain(
			'run was interrupted: Fatal Python error: Segmentation fault (crashed in crunch at /src/app/pool/native.py:12, in a thread started by test_pool at /src/app/tests/test_pool.py:30)',
		);
	});

	test('or dumped before the crashed thread', async () => {
		const run = await parseText(dump(worker, [worker], [main]));
		expect(messages(run)).toContain(
			'run was interrupted: Fatal Python error: Segmentation fault (crashed in crunch at /src/app/pool/native.py:12, in a thread started by test_pool at /src/app/tests/test_pool.py:30)',
		);
	});

	test('a crash in the thread running the test names that test alone, as before', async () => {
		const run = await parseText(dump(main, [worker]));
		expect(messages(run)).toContain(
			'run was interrupted: Fatal Python error: Segmentation fault (crashed in test_pool at /src/app/tests/test_pool.py:30)',
		);
	});

	test('no other thread holds pytest’s frames: only the crash site is named', async () => {
		const run = await parseText(dump(worker, [worker]));
		expect(messages(run)).toContain(
			'run was interrupted: Fatal Python error: Segmentation fault (crashed in crunch at /src/app/pool/native.py:12)',
		);
	});
});

describe('doctests written for numpy 1 reprs, under numpy 2', () => {
	test("pytest 9 -v: each failing doctest's headline is Expected against Got, as the XML's", async () => {
		const directory = path.join(root, 'shapely-p90-v-doctest-np2');
		const run = await checkAgainstXml(directory);
		const headlineOf = xmlHeadlines(await readLog(xmlOf(directory)!));
		expect(run.failures).toHaveLength(44);
		expect(run.failures[0]!.headline).toBe(
			'DocTestFailure: expected False, got np.False_',
		);
		for (const failure of run.failures) {
			expect(failure.headline).toBe(headlineOf(failure));
		}
	});

	// pytest 9's --tb=no: a doctest's failure has no crash line, so its FAILED line has no message; nothing in the log
	// holds the Expected and Got the XML's message ends with.
	test.fails(
		"pytest 9 --tb=no -rA: the log cannot tell the doctests' difference",
		async () => {
			const directory = path.join(root, 'shapely-p90-tbno-rA-doctest-np2');
			const run = await read('shapely-p90-tbno-rA-doctest-np2');
			const headlineOf = xmlHeadlines(await readLog(xmlOf(directory)!));
			for (const failure of run.failures) {
				expect(failure.headline).toBe(headlineOf(failure));
			}
		},
	);
});

describe('pytest-timeout firing while pytest writes a report', () => {
	test('-q: an INTERNALERROR, then the final line alone; incomplete, and the failures the log never names are counted', async () => {
		const run = await read('control-p90-q-timeout');
		expect(run.complete).toBe(false);
		expect(run.counts.failed).toBe(8);
		expect(messages(run)).toContain(
			'pytest INTERNALERROR: Failed: Timeout (>2.0s) from pytest-timeout.',
		);
	});
});
