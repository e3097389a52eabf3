import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {parseText} from './helpers.js';
import {checkAgainstXml, checkHeadlinesAgainstXml} from './against-xml.js';
import {dottedKey} from './truth.js';

// What the thirty-first hunt's runs showed (fixtures/hunt/README.md, record-hunt31.sh).

const hunt = path.resolve('fixtures/hunt');

describe('a pass then a teardown error under --tb=no at the default verbosity (suite/lonetd)', () => {
	// Each failing report as `id phase`: four tests whose fixture's cleanup raised after they passed, one failure.
	const file = 'lonetd/test_lonetd.py';
	const expected = [
		`${file}::test_fails call`,
		`${file}::test_writes_report teardown`,
		`${file}::test_each_name[a] teardown`,
		`${file}::test_each_name[b] teardown`,
		'lonetd/test_lonetd_other.py::test_also_uses_server teardown',
	].toSorted();

	for (const name of [
		'lonetd-p9-tbno',
		'lonetd-p7-tbno',
		'lonetd-p9-rfE-tbno',
	]) {
		test(`${name}: the letters beyond one a test are teardown errors`, async () => {
			// Each lone `ERROR id - OSError: …` line was read as a setup error (the XML: teardown, after a pass).
			const directory = path.join(hunt, name);
			const run = await checkAgainstXml(directory);
			expect(run.complete, name).toBe(true);
			expect(
				run.failures
					.map(failure => `${failure.id} ${failure.phase}`)
					.toSorted(),
				name,
			).toEqual(expected);
			const xml = await readLog(path.join(directory, 'run.xml'));
			const keys = (failures: typeof run.failures) =>
				failures
					.map(failure => `${dottedKey(failure.id)} ${failure.phase}`)
					.toSorted();
			expect(keys(run.failures), name).toEqual(keys(xml.failures));
		});
	}

	const header = [
		'============================= test session starts ==============================',
		'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
		'rootdir: /src/hunt31',
	];
	const summary = (final: string) => [
		'',
		'=========================== short test summary info ============================',
		'ERROR t/test_a.py::test_one - OSError: gone',
		'ERROR t/test_a.py::test_two - ValueError: no pool',
		final,
	];
	async function phases(lines: string[]) {
		const run = await parseText(lines.join('\n'));
		return run.failures.map(
			failure => `${failure.id.split('::')[1]!} ${failure.phase}`,
		);
	}

	test('a teardown and a setup error (`.E.E` for 3 tests): the letters cannot say which is which, both stay setup errors', async () => {
		expect(
			await phases([
				...header,
				'collected 3 items',
				'',
				't/test_a.py .E.E                                                         [100%]',
				...summary(
					'========================= 2 passed, 2 errors in 0.10s =========================',
				),
			]),
		).toEqual(['test_one setup', 'test_two setup']);
	});

	test('`.E.E` for 2 tests: both are teardowns', async () => {
		expect(
			await phases([
				...header,
				'collected 2 items',
				'',
				't/test_a.py .E.E                                                         [100%]',
				...summary(
					'========================= 2 passed, 2 errors in 0.10s =========================',
				),
			]),
		).toEqual(['test_one teardown', 'test_two teardown']);
	});

	test('`EE` for 2 tests: both are setup errors', async () => {
		expect(
			await phases([
				...header,
				'collected 4 items / 2 deselected / 2 selected',
				'',
				't/test_a.py EE                                                           [100%]',
				...summary(
					'=================== 2 deselected, 2 errors in 0.10s ===================',
				),
			]),
		).toEqual(['test_one setup', 'test_two setup']);
	});

	test('stopped by -x: fewer tests ran than were selected, and the letters say nothing', async () => {
		expect(
			await phases([
				...header,
				'collected 9 items',
				'',
				't/test_a.py .E.E                                                         [ 22%]',
				'',
				'=========================== short test summary info ============================',
				'ERROR t/test_a.py::test_one - OSError: gone',
				'ERROR t/test_a.py::test_two - ValueError: no pool',
				'!!!!!!!!!!!!!!!!!!!!!!!!!! stopping after 1 failures !!!!!!!!!!!!!!!!!!!!!!!!!!!',
				'========================= 2 passed, 2 errors in 0.10s =========================',
			]),
		).toEqual(['test_one setup', 'test_two setup']);
	});
});

describe("pytest 9's --tb=line report of an item in the long style (suite/longline)", () => {
	for (const name of [
		'longline-p9-tbline',
		'longline-p9-q-tbline',
		'longline-p9-rA-tbline',
	]) {
		test(`${name}: a long report's last location line is not the report's line`, async () => {
			// A plugin's items (`limits.check::budget`) are reported in the long style, pytest's frames and all, before
			// the report's line: `conftest.py:23: ValueError`, then `/src/…/conftest.py:23: ValueError: check budget
			// failed: …`. The first was the report's line: every failure after it took the one before's report.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 6);
			expect(run.complete, name).toBe(true);
			expect(
				run.failures.map(failure => `${failure.id} ${failure.headline}`),
				name,
			).toEqual(
				expect.arrayContaining([
					'limits.check::budget ValueError: check budget failed: 2 + 2 == 5',
					'limits.check::loud ValueError: check loud failed: 3 < 2',
					'limits.check::bare RuntimeError',
					'test_shop.py::test_empty_raises LookupError',
				]),
			);
		});
	}

	test('longline-p7-tbline: pytest 7.2 prints only the lines, as before', async () => {
		const run = await checkAgainstXml(path.join(hunt, 'longline-p7-tbline'));
		expect(run.failures.map(failure => failure.headline)).toContain(
			'ValueError: check loud failed: 3 < 2',
		);
	});
});

describe("pytest 9's --tb=line: a report line after captured output, then a report with no E line (suite/tbout)", () => {
	for (const name of ['tbout-p9-tbline', 'tbout-p9-q-tbline']) {
		test(`${name}: each failure keeps its own report`, async () => {
			// `…/test_tbout.py:11: AssertionError: cache answered late` after the Captured log part, then `gave up after 3
			// tries` (pytest.fail(pytrace=False)): the report line was read as output, and each failure took the next one's.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 4);
			expect(run.complete, name).toBe(true);
		});
	}

	test('tbout-p7-tbline: pytest 7.2 prints the lines alone (`None` for a report with no crash line)', async () => {
		const run = await checkAgainstXml(path.join(hunt, 'tbout-p7-tbline'));
		expect(
			run.failures.map(
				failure => `${failure.id.split('::')[1]!} ${failure.headline}`,
			),
		).toEqual([
			'test_prints_then_fails AssertionError: cache answered late',
			'test_gives_up (no traceback in the log)',
			'test_prints_a_warning_line AssertionError: assert (1 + 1) == 3',
			'test_gives_up_again (no traceback in the log)',
		]);
	});
});
