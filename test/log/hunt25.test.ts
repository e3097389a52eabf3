import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkAgainstXml, checkHeadlinesAgainstXml} from './against-xml.js';
import {header, parseText, rule} from './helpers.js';

// Shapes the twenty-fifth hunt's runs showed (fixtures/hunt/README.md, record-hunt25.sh), as small logs: what hunt 24
// left, then what the sweep of real suites found.

/** Reads the log's lines as one log: the run, and its tests as `id outcome`, in the log's order. */
async function read(lines: string[]) {
	const run = await parseText(`${lines.join('\n')}\n`);
	const pairs = run.tests.map(test => `${test.id} ${test.outcome}`);
	const warnings = run.warnings.map(warning => warning.message);
	return {run, pairs, warnings};
}

const hunt = path.resolve('fixtures/hunt');

describe('-rp: a class of one name in two files, every frame of the failure’s report in mock.py', () => {
	/** A `FAILURES` entry headed `header` whose frames are all unittest/mock.py's (`mock.patch` of a missing attribute). */
	const entry = (header: string) => [
		rule(header, '_'),
		'/usr/lib/python3.11/unittest/mock.py:1372: in patched',
		'    with self.decoration_helper(patched,',
		'/usr/lib/python3.11/unittest/mock.py:1427: in __enter__',
		'    original, local = self.get_original()',
		"E   AttributeError: <module 'json'> does not have the attribute 'no_such_attribute'",
		'',
		'/usr/lib/python3.11/unittest/mock.py:1400: AttributeError',
	];

	test('a base class’s test of that name, named in one of the files: the class inherits it there', async () => {
		const {run, warnings} = await read([
			'.F.F.                                                                    [100%]',
			rule('FAILURES'),
			...entry('ApiBase.test_machines'),
			...entry('TestRequest.test_machines'),
			rule('short test summary info'),
			'PASSED tests/test_request.py::ApiBase::test_loads',
			'PASSED tests/test_request.py::TestRequest::test_loads',
			'PASSED tests/test_old_request.py::TestRequest::test_old_loads',
			'2 failed, 3 passed in 0.05s',
		]);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_request.py::ApiBase::test_machines',
			'tests/test_request.py::TestRequest::test_machines',
		]);
		expect(warnings).toContain(
			'no progress or summary line names "TestRequest.test_machines"; its node id was rebuilt as tests/test_request.py::TestRequest::test_machines',
		);
	});

	test('nothing names a test of that name in either file: still the first frame (the log cannot tell which)', async () => {
		const {run} = await read([
			'.F.                                                                      [100%]',
			rule('FAILURES'),
			...entry('TestRequest.test_machines'),
			rule('short test summary info'),
			'PASSED tests/test_request.py::TestRequest::test_loads',
			'PASSED tests/test_old_request.py::TestRequest::test_loads',
			'1 failed, 2 passed in 0.05s',
		]);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'/usr/lib/python3.11/unittest/mock.py::TestRequest::test_machines',
		]);
	});

	test('real runs under pytest 9 and 7.2: ids, outcomes and headlines the XML’s', async () => {
		for (const name of ['mocktwo-p9-q-rp', 'mocktwo-p7-q-rp']) {
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 2);
			expect(
				run.failures.map(failure => failure.id),
				name,
			).toEqual([
				'mocktwo/test_new.py::ApiBase::test_machines',
				'mocktwo/test_new.py::TestRequest::test_machines',
			]);
		}
	});
});

describe('-q -rN/-rP: a text file’s doctest (`--doctest-glob`) no line names', () => {
	/** A failing doctest of `guide/usage.rst` whose example raised in a library, then a module's doctest. */
	const entries = [
		rule('FAILURES'),
		rule('[doctest] usage.rst', '_'),
		'004 >>> import json',
		'005 >>> json.loads("{")',
		"UNEXPECTED EXCEPTION: JSONDecodeError('Expecting value: line 1 column 2 (char 1)')",
		'Traceback (most recent call last):',
		'  File "/usr/lib/python3.11/doctest.py", line 1353, in __run',
		'    exec(compile(example.source, filename, "single",',
		'  File "<doctest usage.rst[1]>", line 1, in <module>',
		'  File "/usr/lib/python3.11/json/decoder.py", line 353, in raw_decode',
		'    obj, end = self.scan_once(s, idx)',
		'json.decoder.JSONDecodeError: Expecting value: line 1 column 2 (char 1)',
		'/src/docs/guide/usage.rst:5: UnexpectedException',
		rule('[doctest] pkg.mod.double', '_'),
		'006     >>> double(2)',
		'Expected:',
		'    5',
		'Got:',
		'    4',
		'',
		'/src/docs/pkg/mod.py:6: DocTestFailure',
		'2 failed, 1 passed in 0.05s',
	];

	test('its location line names the file, not the library’s frame (it was /usr/lib/python3.11/doctest.py)', async () => {
		const {run} = await read(['F.F                 [100%]', ...entries]);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'guide/usage.rst::usage.rst',
			'pkg/mod.py::pkg.mod.double',
		]);
	});

	test('real runs under pytest 9 and 7.2 (-rP, -rN): ids, outcomes and headlines the XML’s', async () => {
		for (const name of ['rstdoc-p7-q-rP', 'rstdoc-p9-q-rP', 'rstdoc-p9-q-rN']) {
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 3);
			expect(
				run.failures.map(failure => failure.id),
				name,
			).toEqual([
				'README.rst::README.rst',
				'guide/usage.rst::usage.rst',
				'pkg/mod.py::pkg.mod.double',
			]);
		}
	});

	// Under -q no header names the rootdir, and a text file's doctest is named by its file's name alone: only a module's
	// doctest (its dotted name) says where the rootdir is in the location lines' absolute paths.
	test.fails(
		'text files only: the location line’s path stays absolute (the log cannot tell the rootdir)',
		async () => {
			await checkAgainstXml(path.join(hunt, 'rstdoc-p7-q-rN-glob'));
		},
	);
});

describe('-v --setup-only / --setup-plan: planned tests after a skip’s whole `-v` line', () => {
	test('each planned test counts once the next test’s `id ` shows it got no outcome (all but the first were lost)', async () => {
		const {pairs, warnings} = await read([
			header,
			'collecting ... collected 4 items',
			'',
			'tests/test_a.py::test_marked SKIPPED (not today)',
			'tests/test_a.py::Planned::test_first ',
			'      SETUP    C _unittest_setUpClass_fixture_Planned',
			'        tests/test_a.py::Planned::test_first (fixtures used: _unittest_setUpClass_fixture_Planned, request)',
			'tests/test_a.py::Planned::test_second ',
			'        tests/test_a.py::Planned::test_second (fixtures used: _unittest_setUpClass_fixture_Planned, request)',
			'      TEARDOWN C _unittest_setUpClass_fixture_Planned',
			'tests/test_a.py::test_last ',
			'        tests/test_a.py::test_last (fixtures used: request)',
			'',
			rule('1 skipped in 0.05s'),
		]);
		expect(pairs).toEqual([
			'tests/test_a.py::test_marked skipped',
			'tests/test_a.py::Planned::test_first passed',
			'tests/test_a.py::Planned::test_second passed',
			'tests/test_a.py::test_last passed',
		]);
		expect(warnings).toEqual([expect.stringMatching(/^3 tests were planned/)]);
	});

	test('real runs under pytest 7.2 and 9 (a class whose setUpClass skips, a marked skip): every test the XML’s', async () => {
		for (const name of [
			'planskip-p7-v-setuponly',
			'planskip-p9-v-setuponly',
			'planskip-p7-v-setupplan',
			'planskip-p9-v-setupplan',
		]) {
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.tests.length, name).toBe(6);
		}
	});
});
