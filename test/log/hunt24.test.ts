import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkAgainstXml, checkHeadlinesAgainstXml} from './against-xml.js';
import {header, parseText, rule} from './helpers.js';

// Shapes the twenty-fourth hunt's runs showed (fixtures/hunt/README.md, record-hunt24.sh), as small logs: what hunt 23
// left (`-qq --setup-show`, `--setup-plan --pyargs` outside the rootdir, an id with a newline and a bracket that does
// not balance), then what the sweep of real suites found.

/** Reads the log's lines as one log: the run, and its tests as `id outcome`, in the log's order. */
async function read(lines: string[]) {
	const run = await parseText(`${lines.join('\n')}\n`);
	const pairs = run.tests.map(test => `${test.id} ${test.outcome}`);
	const warnings = run.warnings.map(warning => warning.message);
	return {run, pairs, warnings};
}

const hunt = path.resolve('fixtures/hunt');

/** `-qq --setup-show`'s plan lines and fixture lines, each test's letter glued to its plan line. */
const setupShowLines = [
	'',
	'        SETUP    F db',
	'        tests/test_a.py::test_process (fixtures used: db)F',
	'        TEARDOWN F db',
	'        tests/test_a.py::test_bare.',
];

describe('-qq --setup-show: no `[100%]` and no final line', () => {
	test('a summary after the plan lines says every test ran: the run is whole (it was called cut)', async () => {
		const {run, pairs, warnings} = await read([
			...setupShowLines,
			rule('FAILURES'),
			rule('test_process', '_'),
			'',
			'    def test_process(db):',
			'>       assert 0',
			'E       assert 0',
			'',
			'tests/test_a.py:5: AssertionError',
			rule('short test summary info'),
			'FAILED tests/test_a.py::test_process - assert 0',
		]);
		expect(pairs).toEqual([
			'tests/test_a.py::test_process failed',
			'tests/test_a.py::test_bare passed',
		]);
		expect(run.complete).toBe(true);
		expect(warnings).toEqual([
			"no final line, as pytest prints none with -qq: the counts are the progress's",
		]);
	});

	test('the warnings summary after them says the same', async () => {
		const {run} = await read([
			...setupShowLines.slice(0, 2),
			'        tests/test_a.py::test_process (fixtures used: db).',
			...setupShowLines.slice(3),
			rule('warnings summary'),
			'tests/test_a.py::test_process',
			'  tests/test_a.py:9: DeprecationWarning: old api',
			'',
			'-- Docs: https://docs.pytest.org/en/stable/how-to/capture-warnings.html',
		]);
		expect(run.complete).toBe(true);
	});

	test('a failing run cut in its FAILURES section is still cut', async () => {
		const {run} = await read([
			...setupShowLines,
			rule('FAILURES'),
			rule('test_process', '_'),
			'',
			'    def test_process(db):',
		]);
		expect(run.complete).toBe(false);
	});

	// pytest prints nothing after the last plan line when every test passed and none warned: a log cut there is the same.
	test.fails(
		'every test passed: nothing after the plan lines says the run ended (the log cannot tell)',
		async () => {
			const {run} = await read([
				'',
				'        tests/test_a.py::test_bare.',
				'        tests/test_a.py::test_other.',
			]);
			expect(run.complete).toBe(true);
		},
	);

	test('real runs under pytest 9 and 7.2: whole, each test and failure the XML’s', async () => {
		for (const name of ['qqshow-p9-setupshow', 'qqshow-p7-setupshow']) {
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete, name).toBe(true);
			expect(run.tests.length, name).toBe(7);
		}
	});
});

describe('--setup-plan at the default verbosity, --pyargs on a module outside the rootdir', () => {
	test('the module’s file prints as `. ` with no letter after it: no letter is counted', async () => {
		const {pairs, warnings} = await read([
			header,
			'collected 2 items',
			'',
			'. ',
			'        ::test_function',
			'        ::TestMethods::test_method',
			'',
			rule('no tests ran in 0.02s'),
		]);
		// A function's empty path is dropped, as the XML's `classname=""` has it; a method keeps it (`.TestMethods`).
		expect(pairs).toEqual([
			'test_function passed',
			'::TestMethods::test_method passed',
		]);
		expect(warnings).toEqual([expect.stringMatching(/^2 tests were planned/)]);
	});

	test('when the tests run, the letters after `. ` still count', async () => {
		const {run, warnings} = await read([
			header,
			'collected 4 items',
			'',
			'. .F.F                                                                   [100%]',
			'',
			rule('short test summary info'),
			'FAILED ::test_function_fails - assert 1 == 2',
			'FAILED ::TestMethods::test_method_fails - AssertionError',
			rule('2 failed, 2 passed in 0.05s'),
		]);
		expect(run.counts).toMatchObject({passed: 2, failed: 2});
		expect(warnings).toEqual([]);
	});

	test('real runs under pytest 9 and 7.2: the tests planned, no warning that the letters count a pass more', async () => {
		for (const name of ['pyargsplan-p9-setupplan', 'pyargsplan-p7-setupplan']) {
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.tests.length, name).toBe(4);
			expect(
				run.warnings.map(warning => warning.message),
				name,
			).toEqual([expect.stringMatching(/^4 tests were planned/)]);
		}
	});
});

describe('ids printed unescaped: a parameter with a newline and a bracket that does not balance', () => {
	test('`[open[` then `bracket]`, `[close` then `]bracket]`: each `-v` line, header and summary line is one again', async () => {
		const {run, pairs} = await read([
			header,
			'collecting ... collected 3 items',
			'',
			'tests/test_a.py::test_text[open[',
			'bracket] FAILED                                                   [ 33%]',
			'tests/test_a.py::test_text[close',
			']bracket] FAILED                                                  [ 66%]',
			'tests/test_a.py::test_text[plain] PASSED                          [100%]',
			'',
			rule('FAILURES'),
			// pytest centres the title, newline and all.
			...rule('test_text[open[\nbracket]', '_').split('\n'),
			'',
			"E       AssertionError: assert 'open[\\nbracket' == 'plain'",
			'',
			'tests/test_a.py:6: AssertionError',
			...rule('test_text[close\n]bracket]', '_').split('\n'),
			'',
			"E       AssertionError: assert 'close\\n]bracket' == 'plain'",
			'',
			'tests/test_a.py:6: AssertionError',
			rule('short test summary info'),
			'FAILED tests/test_a.py::test_text[open[',
			"bracket] - AssertionError: assert 'open[\\nbracket' == 'plain'",
			'FAILED tests/test_a.py::test_text[close',
			"]bracket] - AssertionError: assert 'close\\n]bracket' == 'plain'",
			rule('2 failed, 1 passed in 0.05s'),
		]);
		expect(pairs).toEqual([
			'tests/test_a.py::test_text[open[\nbracket] failed',
			'tests/test_a.py::test_text[close\n]bracket] failed',
			'tests/test_a.py::test_text[plain] passed',
		]);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			"AssertionError: assert 'open[\\nbracket' == 'plain'",
			"AssertionError: assert 'close\\n]bracket' == 'plain'",
		]);
		expect(run.complete).toBe(true);
	});

	test('real runs under pytest 9 and 7.2: ids, outcomes and headlines are the XML’s', async () => {
		for (const name of [
			'newlinebr-p9-v',
			'newlinebr-p7-q',
			'newlinebr-p9-rA',
			'newlinebr-p7-v',
		]) {
			await checkHeadlinesAgainstXml(path.join(hunt, name), 3);
		}
	});
});

describe('an exception whose class name is lower-case (`struct.error`, `zlib.error`, `re.error`)', () => {
	test('the crash line names `error`, the `E` line `struct.error: …`: the headline is the `E` line (it was `error: struct.error: …`)', async () => {
		const {run} = await read([
			'F                                                                        [100%]',
			rule('FAILURES'),
			rule('test_struct', '_'),
			'',
			'    def test_struct():',
			'>       struct.unpack(">I", b"ab")',
			'E       struct.error: unpack requires a buffer of 4 bytes',
			'',
			'tests/test_a.py:9: error',
			rule('short test summary info'),
			'FAILED tests/test_a.py::test_struct - struct.error: unpack requires a buffer of 4 bytes',
			'1 failed in 0.02s',
		]);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'struct.error: unpack requires a buffer of 4 bytes',
		]);
		expect(run.failures[0]?.exceptionType).toBe('struct.error');
	});

	test('a lower-case word the crash line does not name is still a message’s line, not a type', async () => {
		const {run} = await read([
			'F                                                                        [100%]',
			rule('FAILURES'),
			rule('test_value', '_'),
			'',
			'>       check(value)',
			'E       ValueError: bad value',
			'E       note: see the docs',
			'',
			'tests/test_a.py:9: ValueError',
			'1 failed in 0.02s',
		]);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'ValueError: bad value',
		]);
	});

	test('real runs under pytest 9 and 7.2 (`-v`, `-q`, `--tb=long`): every headline is the XML’s', async () => {
		for (const name of [
			'lowererror-p9-v',
			'lowererror-p7-q',
			'lowererror-p7-tblong',
		]) {
			await checkHeadlinesAgainstXml(path.join(hunt, name), 3);
		}
	});
});

describe('pytest 9: a class it cannot collect (a yield test, as python-etcd’s `TestEventGenerator`)', () => {
	test('the short summary’s ERROR line names the class: the error is the class’s', async () => {
		const run = await checkAgainstXml(path.join(hunt, 'yieldclass-p9-v'));
		expect(run.failures.map(failure => failure.id)).toEqual([
			'yieldclass/test_yieldclass.py::TestGenerator',
		]);
	});

	// The report is headed `ERROR collecting yieldclass/test_yieldclass.py` (pytest heads a collection error with its
	// file, whatever collector failed) and its text names the method, not the class: with `-rs` no line names the class.
	test.fails(
		'-rs: no ERROR line, and nothing else names the class (the log cannot tell)',
		async () => {
			await checkAgainstXml(path.join(hunt, 'yieldclass-p9-v-rs'));
		},
	);
});

describe('-rp: a failure no line names, every frame of its report outside the project (`mock.patch` failing)', () => {
	const entry = [
		rule('FAILURES'),
		rule('TestApi.test_patched', '_'),
		'/usr/lib/python3.11/unittest/mock.py:1372: in patched',
		'    with self.decoration_helper(patched,',
		'/usr/lib/python3.11/unittest/mock.py:1427: in __enter__',
		'    original, local = self.get_original()',
		"E   AttributeError: <module 'json'> does not have the attribute 'no_such_attribute'",
		'',
		'/usr/lib/python3.11/unittest/mock.py:1400: AttributeError',
	];

	test('the class’s tests the `PASSED` lines name give its file, not the library’s first frame', async () => {
		const {run, warnings} = await read([
			'.F.                                                                      [100%]',
			...entry,
			rule('short test summary info'),
			'PASSED tests/test_api.py::TestApi::test_loads',
			'PASSED tests/test_api.py::test_plain',
			'1 failed, 2 passed in 0.05s',
		]);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_api.py::TestApi::test_patched',
		]);
		expect(warnings).toEqual([
			'no progress or summary line names "TestApi.test_patched"; its node id was rebuilt as tests/test_api.py::TestApi::test_patched',
		]);
	});

	test('a class in two files the log names: still the first frame (the log cannot tell which)', async () => {
		const {run} = await read([
			'.F.                                                                      [100%]',
			...entry,
			rule('short test summary info'),
			'PASSED tests/test_api.py::TestApi::test_loads',
			'PASSED tests/test_old_api.py::TestApi::test_loads',
			'1 failed, 2 passed in 0.05s',
		]);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'/usr/lib/python3.11/unittest/mock.py::TestApi::test_patched',
		]);
	});

	test('real runs under pytest 9 and 7.2: the id is the XML’s', async () => {
		for (const name of ['mockpatch-p9-q-rp', 'mockpatch-p7-q-rp']) {
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(
				run.failures.map(failure => failure.id),
				name,
			).toEqual(['mockpatch/test_mockpatch.py::TestApi::test_patched']);
		}
	});
});

describe('-rp: a class setup’s chained error that starts in the project’s library (cherrypy’s `ConfigTests`)', () => {
	test('real runs under pytest 9 and 7.2: the test module’s frame names the file, not the library’s first (`lib_conf.py`)', async () => {
		for (const name of ['setupchain-p9-q-rp', 'setupchain-p7-q-rp']) {
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(
				run.failures.map(failure => failure.id),
				name,
			).toEqual([
				'setupchain/test_setupchain.py::ConfigTests::test_config',
				'setupchain/test_setupchain.py::ConfigTests::test_namespaces',
			]);
		}
	});
});
