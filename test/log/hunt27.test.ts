import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {fromPythonRepr} from '../../source/log/pytest/python-repr.js';
import {checkAgainstXml, checkHeadlinesAgainstXml} from './against-xml.js';

// What the twenty-seventh hunt's runs showed (fixtures/hunt/README.md, record-hunt27.sh): the fuzzer on fresh seeds with
// shapes of CI logs it had never made, and a sweep of real suites not swept before.

const hunt = path.resolve('fixtures/hunt');

describe('a crashed xdist worker’s test named with repr() (fuzzer seed 60001; suite/crashrepr)', () => {
	const ids = [
		'crashrepr/test_crashrepr.py::test_city[Z\\xfcrich]',
		"crashrepr/test_crashrepr.py::test_city[it's]",
		'crashrepr/test_crashrepr.py::test_city[both \' and "]',
		'crashrepr/test_crashrepr.py::test_city[tab\\there]',
		'crashrepr/test_crashrepr.py::test_city[plain]',
	].toSorted();

	for (const name of [
		'crashrepr-p7-v-n2',
		'crashrepr-p7-q-n2',
		'crashrepr-p7-rA-n2',
		'crashrepr-p9-v-n2',
		'crashrepr-p9-q-n2',
	]) {
		test(`${name}: each crash is its test's one failure, and the run is whole`, async () => {
			// `'…[Z\\xfcrich]'` was read as a sixth test of its own (`[Z\\xfcrich]`), `'…[both \' and "]'` too, and
			// under -v the run was called incomplete.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 5);
			expect(run.complete, name).toBe(true);
			// -q names no passed test.
			expect(run.tests.length, name).toBe(name.includes('-q-') ? 5 : 6);
			expect(run.failures.map(failure => failure.id).toSorted(), name).toEqual(
				ids,
			);
			for (const failure of run.failures) {
				expect(failure.headline, name).toMatch(
					/^worker 'gw\d+' crashed while running /,
				);
			}
		});
	}

	test('the -v run agrees with its XML on every test', async () => {
		const run = await checkAgainstXml(path.join(hunt, 'crashrepr-p9-v-n2'));
		expect(run.counts).toMatchObject({passed: 1, failed: 5});
	});
});

describe('fromPythonRepr reads back what repr() printed', () => {
	test.each([
		["'plain'", 'plain'],
		["'a[Z\\\\xfcrich]'", 'a[Z\\xfcrich]'],
		['"it\'s"', "it's"],
		["'both \\' and \"'", 'both \' and "'],
		["'line\\nbreak\\tand \\x1b[31m'", 'line\nbreak\tand \u001B[31m'],
		["'emoji \\U0001f600 \\u6771'", 'emoji 😀 東'],
		["''", ''],
	])('%s', (printed, text) => {
		expect(fromPythonRepr(printed)).toBe(text);
	});

	test.each(["'open", 'plain', "'it's'", '"mixed\'', "'"])(
		'%s is not a repr',
		printed => {
			expect(fromPythonRepr(printed)).toBeUndefined();
		},
	);
});

describe('a wide terminal’s progress line at the default verbosity (fuzzer seed 50107; suite/widelet)', () => {
	for (const name of [
		'widelet-p7-default',
		'widelet-p9-default',
		'widelet-p9-rA',
		'widelet-p7-count',
		// xdist's lines of letters alone (`gw0 [165] / gw1 [165]`, then `....… [ 60%]` from the first column).
		'widelet-p7-n2',
	]) {
		test(`${name}: every letter counts, and the run is whole`, async () => {
			// At 120 columns `widelet/tests/test_widelet_many.py ....` runs past column 41, and the line's last 79 columns
			// (letters, padding, `[ 46%]`) were taken for a `-q` session a test printed: 5 passes counted, the run cut.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 2);
			expect(run.complete, name).toBe(true);
			expect(run.counts, name).toMatchObject({
				passed: 162,
				failed: 2,
				skipped: 1,
			});
			expect(run.warnings, name).toEqual([]);
		});
	}
});

describe('a class’s collection error said by each xdist worker under --tb=no (fuzzer seed 60133; suite/xclasserr)', () => {
	for (const name of [
		'xclasserr-p7-v-tbno-n2',
		'xclasserr-p7-q-tbno-n2',
		'xclasserr-p9-v-tbno-n2',
		'xclasserr-p9-q-tbno-n2',
	]) {
		test(`${name}: both reports count, and the run is whole`, async () => {
			// `ERROR xclasserr/test_classerr.py::TestBadIds - ValueError: …` twice and no ERRORS entry: the second was
			// not counted ('error 1 parsed vs 2 reported', under -q 0) and the run was called incomplete.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete, name).toBe(true);
			expect(run.counts, name).toMatchObject({passed: 1, failed: 1, error: 2});
			expect(run.warnings, name).toEqual([]);
			const error = run.tests.find(
				test => test.id === 'xclasserr/test_classerr.py::TestBadIds',
			);
			expect(error?.phase, name).toBe('collect');
		});
	}
});
