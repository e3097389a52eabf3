import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
	fromPythonRepr,
	toPythonRepr,
	wholeWorkerCrash,
} from '../../source/log/pytest/python-repr.js';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml, checkHeadlinesAgainstXml} from './against-xml.js';
import {dottedKey} from './truth.js';

// What the thirtieth hunt's runs showed (fixtures/hunt/README.md, record-hunt30.sh).

const hunt = path.resolve('fixtures/hunt');

describe('a setup error and a teardown error of one test under --tb=no (suite/twoerr)', () => {
	// Each test's failures as `id phase ExceptionType`: a fixture failing at setup after one whose teardown raises.
	const file = 'twoerr/test_twoerr.py';
	const expected = [
		`${file}::test_setup_and_teardown setup ValueError`,
		`${file}::test_setup_and_teardown teardown RuntimeError`,
		`${file}::test_fails_and_teardown call AssertionError`,
		`${file}::test_fails_and_teardown teardown RuntimeError`,
		`${file}::test_param_both[1] setup ValueError`,
		`${file}::test_param_both[1] teardown RuntimeError`,
		`${file}::test_param_both[2] setup ValueError`,
		`${file}::test_param_both[2] teardown RuntimeError`,
		`${file}::TestGroup::test_first setup ValueError`,
		`${file}::TestGroup::test_first teardown RuntimeError`,
	].toSorted();

	for (const name of [
		'twoerr-p9-q-tbno',
		'twoerr-p7-q-tbno',
		'twoerr-p9-tbno',
		'twoerr-p7-v-tbno',
		'twoerr-p9-q-tbno-n2',
	]) {
		test(`${name}: the setup's and the teardown's report, each with its own message`, async () => {
			// Under -q and the default verbosity the two ERROR lines were one setup error with the teardown's message;
			// under -v both reports had the teardown's message.
			const directory = path.join(hunt, name);
			const run = await checkAgainstXml(directory);
			expect(run.complete, name).toBe(true);
			expect(
				run.failures
					.map(
						failure =>
							`${failure.id} ${failure.phase} ${failure.headline.split(':')[0]!}`,
					)
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
});

describe('a test closing sys.stdout: every later setup and teardown fails alike (suite/closedout)', () => {
	for (const name of [
		'closedout-p9-q-tbno',
		'closedout-p7-q-tbno',
		'closedout-p9-tbno',
	]) {
		test(`${name}: two ERROR lines of one message are a setup and a teardown error, not a collection error`, async () => {
			// Read as each xdist worker's report of a class's collection error (two ERROR lines, one message): two
			// collection errors too many, the run called incomplete. Five `E` letters name five reports of tests.
			const directory = path.join(hunt, name);
			const run = await checkAgainstXml(directory);
			expect(run.complete, name).toBe(true);
			expect(run.counts, name).toMatchObject({passed: 1, failed: 1, error: 5});
			const xml = await readLog(path.join(directory, 'run.xml'));
			const keys = (failures: typeof run.failures) =>
				failures
					.map(failure => `${dottedKey(failure.id)} ${failure.phase}`)
					.toSorted();
			expect(keys(run.failures), name).toEqual(keys(xml.failures));
			expect(run.failures.some(failure => failure.phase === 'collect')).toBe(
				false,
			);
		});
	}
});

describe('Hypothesis’s verbose section after a failure’s traceback (suite/hypverbose)', () => {
	for (const name of [
		'hypverbose-p9-q',
		'hypverbose-p9-v',
		'hypverbose-p9-rA-tbshort',
		'hypverbose-p9-q-tbline',
		'hypverbose-p7-q',
	]) {
		test(`${name}: each failure's headline is the XML's, the examples tried its own section`, async () => {
			// `---- Hypothesis ----` and the examples' tracebacks under it were read as the report's traceback: the test
			// whose examples failed two ways had the last example's `KeyError: 'b too big'` as its headline.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 3);
			expect(run.complete, name).toBe(true);
			const group = run.failures.find(failure =>
				failure.id.endsWith('::test_two_errors'),
			)!;
			if (name.startsWith('hypverbose-p9')) {
				expect(group.headline, name).toMatch(
					/^ExceptionGroup: Hypothesis found 2 distinct failures/,
				);
			}

			if (!name.endsWith('-tbline')) {
				// Under --tb=line pytest 9 prints the report's line after its parts: the section stays the report's.
				for (const failure of run.failures.filter(
					failure => !failure.id.endsWith('::test_plain'),
				)) {
					expect(
						failure.captured.map(section => section.name),
						name,
					).toEqual(['Hypothesis']);
					expect(failure.traceback, name).not.toContain('Trying example');
				}
			}
		});
	}
});

describe('pytest 7.2’s --tb=line report of a crashed xdist worker, cut at 50 characters (suite/crashrepr)', () => {
	for (const name of [
		'crashrepr-p7-q-tbline-n2',
		'crashrepr-p7-rA-tbline-n2',
	]) {
		test(`${name}: each crash's headline is the XML's whole message`, async () => {
			// `worker 'gw1' crashed while running 'crashrepr/test` was each headline, all the line says.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 5);
			expect(run.complete, name).toBe(true);
			for (const failure of run.failures) {
				expect(failure.headline, name).toMatch(
					/^worker 'gw\d' crashed while running ['"].+::test_city\[.+]['"]$/,
				);
			}
		});
	}

	test('repr() as Python prints it, read back by fromPythonRepr', () => {
		// Python 3.11: repr('a[Z\\xfcrich]'), repr("it's"), repr('both \' and "'), repr('tab\there'), repr('ü\x00\u200b😀').
		expect(toPythonRepr('a[Z\\xfcrich]')).toBe("'a[Z\\\\xfcrich]'");
		expect(toPythonRepr("it's")).toBe('"it\'s"');
		expect(toPythonRepr('both \' and "')).toBe("'both \\' and \"'");
		expect(toPythonRepr('tab\there\n')).toBe("'tab\\there\\n'");
		expect(toPythonRepr('ü\u0000\u200B😀 x')).toBe("'ü\\x00\\u200b😀 x'");
		for (const text of [
			'a[Z\\xfcrich]',
			"it's",
			'both \' and "',
			'tab\there\n',
			'ü\u0000\u200B😀 x',
		]) {
			expect(fromPythonRepr(toPythonRepr(text))).toBe(text);
		}
	});

	test('only a cut that starts the whole message is completed', () => {
		const id = 'crashrepr/test_crashrepr.py::test_city[plain]';
		expect(
			wholeWorkerCrash(
				"worker 'gw2' crashed while running 'crashrepr/test",
				id,
			),
		).toBe(`worker 'gw2' crashed while running '${id}'`);
		expect(
			wholeWorkerCrash(
				"worker 'gw2' crashed while running 'other/test_x.p",
				id,
			),
		).toBeUndefined();
		expect(
			wholeWorkerCrash('AssertionError: worker crashed', id),
		).toBeUndefined();
	});
});

describe('-W error on an exception Python ignored or a thread raised (suite/unraisable)', () => {
	for (const name of [
		'unraisable-p7-rA-tbshort',
		'unraisable-p7-q-tbshort',
		'unraisable-p9-q-tbshort',
	]) {
		test(`${name}: the headline is pytest's warning, not the traceback its message quotes`, async () => {
			// pytest 7.2's --tb=short names no crash type: `OSError: closing a leaked handle failed`, from the quoted
			// traceback, was the headline.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 2);
			expect(
				run.failures.map(failure => failure.exceptionType ?? '').toSorted(),
				name,
			).toEqual([
				'pytest.PytestUnhandledThreadExceptionWarning',
				'pytest.PytestUnraisableExceptionWarning',
			]);
		});
	}
});

describe('a subtest’s failure, then a teardown error, under --tb=no (suite/subteardown)', () => {
	for (const name of [
		'subteardown-p7-q-tbno',
		'subteardown-p7-tbno',
		'subteardown-p9-q-tbno',
	]) {
		test(`${name}: the ERROR line of a test whose subtests ran is its teardown's`, async () => {
			// pytest-subtests 0.9's `SUBFAIL id`, then `ERROR id`: read as a setup error, which runs no call.
			const directory = path.join(hunt, name);
			const run = await checkAgainstXml(directory);
			expect(run.complete, name).toBe(true);
			const xml = await readLog(path.join(directory, 'run.xml'));
			const keys = (failures: typeof run.failures) =>
				failures
					.map(failure => `${dottedKey(failure.id)} ${failure.phase}`)
					.toSorted();
			expect(keys(run.failures), name).toEqual(keys(xml.failures));
			expect(
				run.failures.find(failure => failure.phase === 'teardown')?.headline,
				name,
			).toMatch(/^RuntimeError: teardown/);
		});
	}
});
