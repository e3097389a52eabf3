import fs from 'node:fs';
import path from 'node:path';
import {Readable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import {readLogSessions} from '../../source/log/read.js';
import {
	parseXdistLine,
	StartedIds,
} from '../../source/log/pytest/worker-line.js';
import {checkAgainstXml} from './against-xml.js';
import {rule} from './helpers.js';

// What helper hunt48's runs showed (fixtures/hunt/README.md, record-hunt48.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));

describe("xdist: the last worker's report of an id whose brackets do not balance, text glued after it (xdistglued-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('xdistglued-')).toHaveLength(3);
	});

	for (const name of runsNamed('xdistglued-')) {
		test(`${name}: the id ends where the controller's \`id \` line said`, async () => {
			// Before: the id swallowed the conftest's text (`only in log: …test_close[]-expected1] conftest: …`), the run
			// incomplete.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.failures.map(failure => failure.id).toSorted()).toEqual([
				'test_glued.py::test_close[]-expected1]',
				'test_glued.py::test_open[[]',
			]);
		});
	}

	const glued = 'warn.py:44: PytestBenchmarkWarning: Benchmarks are disabled';
	const started = (...lines: string[]) => {
		const ids = new StartedIds();
		for (const line of lines) {
			ids.note(line);
		}

		return ids;
	};

	test.each([
		// The controller named it: its id, spaces and all.
		['t.py::test_a[[] ', `t.py::test_a[[] ${glued}`, 't.py::test_a[[]'],
		['t.py::test_a[x [] ', `t.py::test_a[x [] ${glued}`, 't.py::test_a[x []'],
		['t.py::test_a[[] x] ', 't.py::test_a[[] x]', 't.py::test_a[[] x]'],
		['t.py::test_a[[] x ', 't.py::test_a[[] x', 't.py::test_a[[] x'],
		// Not named (another line before, or none): its first word, when parameters end it.
		[
			't.py::test_b ',
			`t.py::test_a[]-expected1] ${glued}`,
			't.py::test_a[]-expected1]',
		],
		['', `t.py::test_a[[] ${glued}`, 't.py::test_a[[]'],
		// Nothing tells: the whole rest, as before.
		['', `t.py::test_a[x [ ${glued}`, `t.py::test_a[x [ ${glued}`],
	])('named %j, reported %j: %j', (named, reported, id) => {
		const ids = named === '' ? started() : started(named);
		expect(parseXdistLine(`[gw1] [100%] FAILED ${reported}`, ids)?.id).toBe(id);
	});

	test('a reported id is forgotten', () => {
		const ids = started('t.py::test_a[x [] ');
		ids.reported('t.py::test_a[x []');
		expect(
			parseXdistLine(`[gw0] [ 50%] FAILED t.py::test_a[x [] glued`, ids)?.id,
		).toBe('t.py::test_a[x [] glued');
	});

	test('a hostile line is read in linear time', {timeout: 30_000}, () => {
		const ids = started(`t.py::test_a[${'[ '.repeat(100_000)} `);
		parseXdistLine(`[gw1] FAILED t.py::test_a[${'[ '.repeat(200_000)}`, ids);
		parseXdistLine(`[gw1] FAILED t.py::test_a[[]${' x'.repeat(200_000)}`, ids);
	});
});

describe("a test that forks under -q or the default verbosity, its child's letters continuing the parent's line after the parent's end (forkcont-*, hunt 46's forked-*)", () => {
	const quiet = fs
		.readdirSync(hunt)
		.filter(
			name =>
				/^fork(?:cont|ed|fail|wait)-/.test(name) &&
				/-(?:q|default)$/.test(name),
		);

	test('there are runs under pytest 9 and 7.2, -q and the default verbosity', () => {
		expect(runsNamed('forkcont-')).toHaveLength(11);
		expect(quiet).toHaveLength(17);
	});

	for (const name of quiet) {
		test(`${name}: one session, whole, the last end's`, async () => {
			// Before: two sessions of the log, the second a re-run of the first's failures, or a second run (`report`:
			// `Compared with 1 earlier run`), with a warning that the letters disagree with the final line.
			const log = path.join(hunt, name, 'run.log');
			const sessions = await readLogSessions(log);
			expect(sessions).toHaveLength(1);
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.warnings).toEqual([]);
			expect(run.retries ?? []).toEqual([]);
		});
	}

	const sessionsOf = async (text: string) =>
		readLogSessions('test.log', {stream: Readable.from([Buffer.from(text)])});
	const failures = [
		rule('FAILURES'),
		rule('test_b', '_'),
		'',
		'E       AssertionError: b',
		'',
		'test_f.py:3: AssertionError',
		rule('short test summary info'),
		'FAILED test_f.py::test_b - AssertionError: b',
	];
	const quietRun = (progress: string) => [
		progress,
		...failures,
		'1 failed, 3 passed in 0.10s',
	];
	const padded = (letters: string, width = 79) =>
		`${letters}${' '.repeat(width - letters.length - 6)}[100%]`;

	test('`pytest -q; pytest -q --lf` in one log: a whole progress line after the end is the next session', async () => {
		const sessions = await sessionsOf(
			[...quietRun(padded('.F..')), ...quietRun(padded('F'))].join('\n'),
		);
		expect(sessions).toHaveLength(2);
	});

	test("`pytest -q -n 2` twice: xdist's `bringing up nodes...` starts the next session", async () => {
		const sessions = await sessionsOf(
			[
				'bringing up nodes...',
				...quietRun(padded('.F..')),
				'bringing up nodes...',
				...quietRun(padded('F')),
			].join('\n'),
		);
		expect(sessions).toHaveLength(2);
	});

	test("a line of letters shorter than the session's own continues a line: the child's, one session", async () => {
		const sessions = await sessionsOf(
			[...quietRun(padded('.F..')), ...quietRun(padded('..', 77))].join('\n'),
		);
		expect(sessions).toHaveLength(1);
		expect(sessions[0]!.counts).toMatchObject({failed: 1, passed: 3});
		expect(sessions[0]!.warnings).toEqual([]);
	});
});
