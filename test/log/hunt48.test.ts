import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
	parseXdistLine,
	StartedIds,
} from '../../source/log/pytest/worker-line.js';
import {checkAgainstXml} from './against-xml.js';

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

	test('a hostile line is read in linear time', () => {
		const ids = started(`t.py::test_a[${'[ '.repeat(100_000)} `);
		const start = performance.now();
		parseXdistLine(`[gw1] FAILED t.py::test_a[${'[ '.repeat(200_000)}`, ids);
		parseXdistLine(`[gw1] FAILED t.py::test_a[[]${' x'.repeat(200_000)}`, ids);
		expect(performance.now() - start).toBeLessThan(1000);
	});
});
