import {describe, expect, test} from 'vitest';
import {header, parseText, rule} from './helpers.js';

// Shapes the eleventh hunt's real runs showed (fixtures/real-suites/README.md, record-hunt11.sh), as small logs.

/** pytest's report of a unittest error it cannot represent (testtools' `_StringException`): Python's own traceback. */
const nativeReport = [
	"'NoneType' object is not iterable",
	'',
	'During handling of the above exception, another exception occurred:',
	'NOTE: Incompatible Exception Representation, displaying natively:',
	'',
	'testtools.testresult.real._StringException: Empty attachments:',
	"  pythonlogging:''",
	'',
	'Traceback (most recent call last):',
	'  File "/src/app/pkg/tests/base.py", line 107, in setUp',
	'    shutil.copytree(source, target)',
	'  File "/usr/lib/python3.11/shutil.py", line 559, in copytree',
	'    with os.scandir(src) as itr:',
	"FileNotFoundError: [Errno 2] No such file or directory: '/src/app/pkg/tests/testpackage'",
];
const headline =
	"FileNotFoundError: [Errno 2] No such file or directory: '/src/app/pkg/tests/testpackage'";

function escaped(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('"', '&quot;')
		.replaceAll('\n', '&#10;');
}

describe('the eleventh hunt: a unittest error pytest displays natively', () => {
	test('the JUnit XML holds the whole report as the message: the headline is its traceback’s, as the log’s', async () => {
		const message = nativeReport.join('\n');
		const xml = await parseText(
			[
				'<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="1" skipped="0" tests="2" time="0.1">',
				'<testcase classname="pkg.tests.test_json.TestJson" name="test_content" time="0.01">',
				`<failure message="${escaped(message)}">${escaped(message)}</failure></testcase>`,
				'<testcase classname="pkg.tests.test_json.TestJson" name="test_other" time="0.01"/>',
				'</testsuite></testsuites>',
			].join(''),
			'run.xml',
		);
		const log = await parseText(
			[
				header,
				'collected 2 items',
				'',
				'pkg/tests/test_json.py F.                                                [100%]',
				'',
				rule('FAILURES'),
				rule('TestJson.test_content', '_'),
				...nativeReport,
				'',
				rule('short test summary info'),
				'FAILED pkg/tests/test_json.py::TestJson::test_content',
				rule('1 failed, 1 passed in 0.10s'),
			].join('\n'),
		);
		expect(xml.failures.map(failure => failure.headline)).toEqual([headline]);
		expect(log.failures.map(failure => failure.headline)).toEqual([headline]);
	});

	test('a message that only mentions a traceback keeps its first line as the headline', async () => {
		const message =
			'RuntimeError: the child failed\nTraceback (most recent call last):\nValueError: inner';
		const xml = await parseText(
			[
				'<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="1" skipped="0" tests="1" time="0.1">',
				'<testcase classname="tests.test_a" name="test_child" time="0.01">',
				`<failure message="${escaped(message)}">tests/test_a.py:3: RuntimeError</failure></testcase>`,
				'</testsuite></testsuites>',
			].join(''),
			'run.xml',
		);
		expect(xml.failures.map(failure => failure.headline)).toEqual([
			'RuntimeError: the child failed',
		]);
	});
});

describe('the eleventh hunt: --tb=native and a message that quotes a pytest report', () => {
	test('the `E` lines after the native exception line are its message’s: the headline is the exception line', async () => {
		const run = await parseText(
			[
				header,
				'collected 2 items',
				'',
				'tests/test_a.py F.                                                       [100%]',
				'',
				rule('FAILURES'),
				rule('test_one', '_'),
				'Traceback (most recent call last):',
				'  File "/src/app/tests/test_a.py", line 5, in test_one',
				'    raise AssertionError(report)',
				'AssertionError: the server answered',
				'>       assert response.status == 200',
				'E       AssertionError: assert 500 == 200',
				'',
				'server/handler.py:12: AssertionError',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_one - AssertionError: the server answered',
				rule('1 failed, 1 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'AssertionError: the server answered',
		]);
	});

	test('a long report (no native frame) is still headed by its last `E` block', async () => {
		const run = await parseText(
			[
				header,
				'collected 1 item',
				'',
				'tests/test_a.py F                                                        [100%]',
				'',
				rule('FAILURES'),
				rule('test_one', '_'),
				'',
				'    def test_one():',
				'>       check()',
				'',
				'tests/test_a.py:5: ',
				'_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _',
				'',
				'    def check():',
				'>       raise ValueError("bad")',
				'E       ValueError: bad',
				'',
				'tests/test_a.py:9: ValueError',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_one - ValueError: bad',
				rule('1 failed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'ValueError: bad',
		]);
	});
});

describe('the eleventh hunt: an exception class defined in a function', () => {
	test('`module.function.<locals>.Name: message` is the exception line, not prefixed with the type again', async () => {
		const run = await parseText(
			[
				header,
				'collected 1 item',
				'',
				'tests/test_a.py F                                                        [100%]',
				'',
				rule('FAILURES'),
				rule('test_one', '_'),
				'',
				'    def test_one():',
				'>       raise LocalError("boom")',
				'E       tests.test_a.test_one.<locals>.LocalError: boom',
				'',
				'tests/test_a.py:7: LocalError',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_one - tests.test_a.test_one.<locals>.LocalError: boom',
				rule('1 failed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'tests.test_a.test_one.<locals>.LocalError: boom',
		]);
	});

	test('under --tb=native too', async () => {
		const run = await parseText(
			[
				header,
				'collected 1 item',
				'',
				'tests/test_a.py F                                                        [100%]',
				'',
				rule('FAILURES'),
				rule('test_one', '_'),
				'Traceback (most recent call last):',
				'  File "/src/app/tests/test_a.py", line 7, in test_one',
				'    raise LocalError("boom")',
				'tests.test_a.test_one.<locals>.LocalError: boom',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_one - tests.test_a.test_one.<locals>.LocalError: boom',
				rule('1 failed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'tests.test_a.test_one.<locals>.LocalError: boom',
		]);
	});
});

describe('the eleventh hunt: --tb=native and a message that quotes a child’s traceback', () => {
	test('the frames quoted in the message are not the test’s: the headline is the exception line after the test’s own frames', async () => {
		const run = await parseText(
			[
				header,
				'collected 1 item',
				'',
				'tests/test_a.py F                                                        [100%]',
				'',
				rule('FAILURES'),
				rule('test_one', '_'),
				'Traceback (most recent call last):',
				'  File "/src/app/tests/test_a.py", line 7, in test_one',
				'    raise RuntimeError(stderr)',
				'RuntimeError: the child process failed:',
				'Traceback (most recent call last):',
				'  File "/srv/worker/job.py", line 12, in main',
				'    raise ValueError("bad record 7")',
				'ValueError: bad record 7',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_one - RuntimeError: the child process failed:',
				rule('1 failed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'RuntimeError: the child process failed:',
		]);
	});

	test('a chained exception: the last traceback of the chain gives the headline', async () => {
		const run = await parseText(
			[
				header,
				'collected 1 item',
				'',
				'tests/test_a.py F                                                        [100%]',
				'',
				rule('FAILURES'),
				rule('test_one', '_'),
				'Traceback (most recent call last):',
				'  File "/src/app/tests/test_a.py", line 5, in test_one',
				'    parse()',
				"KeyError: 'id'",
				'',
				'During handling of the above exception, another exception occurred:',
				'',
				'Traceback (most recent call last):',
				'  File "/src/app/tests/test_a.py", line 7, in test_one',
				'    raise ValueError("no id")',
				'ValueError: no id',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_one - ValueError: no id',
				rule('1 failed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'ValueError: no id',
		]);
	});
});

describe('the eleventh hunt: an exception class whose name is not ASCII', () => {
	const report = async (lines: string[]) =>
		parseText(
			[
				header,
				'collected 1 item',
				'',
				'tests/test_a.py F                                                        [100%]',
				'',
				rule('FAILURES'),
				rule('test_one', '_'),
				...lines,
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_one - net.ErreurRéseau: la connexion a échoué',
				rule('1 failed in 0.10s'),
			].join('\n'),
		);

	test('--tb=native: `net.ErreurRéseau: …` is the exception line', async () => {
		const run = await report([
			'Traceback (most recent call last):',
			'  File "/src/app/tests/test_a.py", line 7, in test_one',
			'    connect()',
			'net.ErreurRéseau: la connexion a échoué',
		]);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'net.ErreurRéseau: la connexion a échoué',
		]);
		expect(run.failures[0]?.exceptionType).toBe('net.ErreurRéseau');
	});

	test('--tb=long: the `E` line is the exception line, of its type', async () => {
		const run = await report([
			'',
			'    def test_one():',
			'>       connect()',
			'E       net.ErreurRéseau: la connexion a échoué',
			'',
			'tests/test_a.py:7: ErreurRéseau',
		]);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'net.ErreurRéseau: la connexion a échoué',
		]);
		expect(run.failures[0]?.exceptionType).toBe('net.ErreurRéseau');
	});
});

describe('the eleventh hunt: --tb=native, where it crashed', () => {
	test('the last frame before the exception’s line, not a `path:line: Type` line or a frame its message quotes', async () => {
		const run = await parseText(
			[
				header,
				'collected 2 items',
				'',
				'tests/test_a.py FF                                                       [100%]',
				'',
				rule('FAILURES'),
				rule('test_one', '_'),
				'Traceback (most recent call last):',
				'  File "/src/app/tests/test_a.py", line 5, in test_one',
				'    raise AssertionError(report)',
				'AssertionError: the server answered',
				'>       assert response.status == 200',
				'E       AssertionError: assert 500 == 200',
				'',
				'server/handler.py:12: AssertionError',
				rule('test_two', '_'),
				'Traceback (most recent call last):',
				'  File "/src/app/tests/test_a.py", line 9, in test_two',
				'    raise RuntimeError(stderr)',
				'RuntimeError: the child process failed:',
				'Traceback (most recent call last):',
				'  File "/srv/worker/job.py", line 12, in main',
				'    raise ValueError("bad record 7")',
				'ValueError: bad record 7',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_one - AssertionError: the server answered',
				'FAILED tests/test_a.py::test_two - RuntimeError: the child process failed:',
				rule('2 failed in 0.10s'),
			].join('\n'),
		);
		expect(
			run.failures.map(failure => [failure.headline, failure.location]),
		).toEqual([
			[
				'AssertionError: the server answered',
				{path: '/src/app/tests/test_a.py', line: 5},
			],
			[
				'RuntimeError: the child process failed:',
				{path: '/src/app/tests/test_a.py', line: 9},
			],
		]);
	});
});
