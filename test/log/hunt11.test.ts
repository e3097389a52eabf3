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
