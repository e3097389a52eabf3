import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import {classSplit} from '../../source/log/junit-classnames.js';
import {parseText} from './helpers.js';

const traps = path.resolve('fixtures/traps');
const idsAndOutcomes = (run: Run) =>
	run.tests.map(test => `${test.id} ${test.outcome}/${test.phase}`);

test('classname "" and a parametrized name: a test whose node id has an empty path, not a collection error', async () => {
	// As pytest 9 wrote it for `--pyargs` on modules outside the rootdir; the console prints `::test_colliders[…]`.
	const xml = await parseText(
		[
			'<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="2">',
			'<testcase classname="" name="test_colliders_raise" time="0.001" />',
			'<testcase classname="" name="test_colliders[edgelist0-expected0]" time="0.001" />',
			'</testsuite></testsuites>',
		].join(''),
	);
	expect(idsAndOutcomes(xml)).toEqual([
		'test_colliders_raise.py passed/call',
		'test_colliders[edgelist0-expected0] passed/call',
	]);
});

describe('junit_family=xunit1: `file` and `line` attributes', () => {
	const inherited = [
		'inherit/test_impl.py::TestMemory::test_roundtrip passed/call',
		'inherit/test_impl.py::TestMemory::test_missing failed/call',
		'inherit/test_impl.py::TestDisk::test_roundtrip passed/call',
		'inherit/test_impl.py::TestDisk::test_missing passed/call',
		'inherit/test_impl.py::TestInventory::runTest failed/call',
	];

	// The `file` of an inherited test is the base class's module (or Hypothesis's stateful.py outside the
	// rootdir); the node id is the test module's, as the console and the xunit2 classname say.
	for (const name of ['inherit-p9-vv-xunit1', 'inherit-p7-q-xunit1']) {
		test(`${name}: ids of inherited tests name the test module, not the defining file`, async () => {
			const xml = await readLog(path.join(traps, name, 'run.xml'));
			expect(
				fs.readFileSync(path.join(traps, name, 'run.xml'), 'utf8'),
			).toContain('file="inherit/base_cases.py"');
			expect(idsAndOutcomes(xml)).toEqual(inherited);
			expect(xml.failures.map(failure => failure.headline)).toEqual([
				'AssertionError: missing values are stored as empty strings',
				'AssertionError: inventory overflow: 2',
			]);
		});
	}

	test('a collection error: no classname, the dotted module as name, the file beside it', async () => {
		// As pytest 9 wrote it with -o junit_family=xunit1 --continue-on-collection-errors.
		const xml = await parseText(
			[
				'<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" errors="1" failures="0" skipped="0" tests="2" time="0.118">',
				'<testcase classname="" name="pkg.test_bad" file="pkg/test_bad.py" time="0.000"><error message="collection failure">ImportError while importing test module \'/src/x/pkg/test_bad.py\'.',
				"E   ModuleNotFoundError: No module named 'nope'</error></testcase>",
				'<testcase classname="pkg.test_ok" name="test_ok" file="pkg/test_ok.py" line="0" time="0.001" /></testsuite></testsuites>',
			].join('\n'),
			'run.xml',
		);
		expect(idsAndOutcomes(xml)).toEqual([
			'pkg/test_bad.py error/collect',
			'pkg/test_ok.py::test_ok passed/call',
		]);
	});

	test('subtests with xunit1: the same testcases as xunit2', async () => {
		const xunit1 = await readLog(
			path.join(traps, 'subtests-p9-v-xunit1', 'run.xml'),
		);
		const xunit2 = await readLog(path.join(traps, 'subtests-p9-v', 'run.xml'));
		expect(idsAndOutcomes(xunit1)).toEqual(idsAndOutcomes(xunit2));
	});
});

describe('several results in one testcase', () => {
	test('pytest 9 subtests: one <failure> per failed subtest and one for the test, each a report', async () => {
		const xml = await readLog(path.join(traps, 'subtests-p9-v', 'run.xml'));
		const meta = JSON.parse(
			fs.readFileSync(path.join(traps, 'subtests-p9-v', 'meta.json'), 'utf8'),
		) as {counts: {failed: number}};
		// pytest's final line counts each SUBFAILED and each FAILED: so do the XML's <failure> elements.
		expect(xml.counts.failed).toBe(meta.counts.failed);
		const someFail = xml.failures.filter(failure =>
			failure.id.endsWith('::test_some_fail'),
		);
		expect(someFail.map(failure => failure.headline)).toEqual([
			'AssertionError: beta [x does not end in a',
			'contains 1 failed subtest',
		]);
		expect(
			xml.tests.filter(test => test.id.endsWith('::test_some_fail')),
		).toHaveLength(2);
	});
});

describe("Maven Surefire's retry elements", () => {
	// Hand-written after Surefire's schema (no pytest plugin writes these): a test that passed on its third
	// attempt, and one that failed its first run and both reruns.
	const surefire = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<testsuite name="com.example.RetryTest" tests="3" failures="1" errors="0" skipped="0" flakes="2">',
		'  <testcase name="passesLate" classname="com.example.RetryTest" time="0.2">',
		'    <flakyFailure message="expected: 1 but was: 2" type="org.opentest4j.AssertionFailedError">',
		'      <stackTrace>org.opentest4j.AssertionFailedError: expected: 1 but was: 2</stackTrace>',
		'      <system-out>attempt 1 output</system-out>',
		'    </flakyFailure>',
		'    <flakyError message="connection reset" type="java.net.SocketException">',
		'      <stackTrace>java.net.SocketException: connection reset</stackTrace>',
		'      <system-err>attempt 2 error output</system-err>',
		'    </flakyError>',
		'    <system-out>final attempt output</system-out>',
		'  </testcase>',
		'  <testcase name="alwaysFails" classname="com.example.RetryTest" time="0.3">',
		'    <failure message="boom" type="java.lang.IllegalStateException">java.lang.IllegalStateException: boom',
		'	at com.example.RetryTest.alwaysFails(RetryTest.java:12)</failure>',
		'    <rerunFailure message="boom again" type="java.lang.IllegalStateException">',
		'      <stackTrace>java.lang.IllegalStateException: boom again</stackTrace>',
		'      <system-out>rerun 1 output</system-out>',
		'    </rerunFailure>',
		'    <rerunError message="boom a third time" type="java.lang.IllegalStateException">',
		'      <stackTrace>java.lang.IllegalStateException: boom a third time</stackTrace>',
		'    </rerunError>',
		'    <system-out>first run output</system-out>',
		'  </testcase>',
		'  <testcase name="plain" classname="com.example.RetryTest" time="0.1"/>',
		'</testsuite>',
	].join('\n');

	test('a flaky test passed, a rerun test failed; each retry is a rerun, as pytest counts them', async () => {
		const xml = await parseText(surefire, 'surefire.xml');
		expect(xml.tests.map(test => [test.id, test.outcome, test.reruns])).toEqual(
			[
				['com.example.RetryTest::passesLate', 'passed', 2],
				['com.example.RetryTest::alwaysFails', 'failed', 2],
				['com.example.RetryTest::plain', 'passed', undefined],
			],
		);
		expect(xml.counts).toMatchObject({passed: 2, failed: 1, rerun: 4});
	});

	test("the failure is the first run's, and a retry's output never becomes the result's", async () => {
		const xml = await parseText(surefire, 'surefire.xml');
		expect(xml.failures).toHaveLength(1);
		expect(xml.failures[0]).toMatchObject({
			id: 'com.example.RetryTest::alwaysFails',
			headline: 'java.lang.IllegalStateException: boom',
		});
		expect(xml.failures[0]!.traceback).not.toContain('again');
		expect(xml.failures[0]!.captured).toEqual([
			{name: 'Captured stdout', text: 'first run output'},
		]);
	});
});

describe('test cases read from their bytes', () => {
	// Classes interleaved (as xdist writes them), names and classnames beyond ASCII or with references, xunit1
	// `file`s that change under one classname, and `time`s Number reads in its own ways.
	const report = [
		'<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" tests="11">',
		'<testcase classname="pkg.test_a.TestX" name="test_one" time="0.5" />',
		'<testcase classname="pkg.test_b" name="test_two" time="1e3" />',
		'<testcase classname="pkg.test_a.TestX" name="test_three[Zürich]" time="" />',
		'<testcase classname="pkg.test_a.TestX" name="test_four[a&amp;b]" time=" 2.25 " />',
		'<testcase classname="pkg.test_ü.TestY" name="test_five" time="Infinity" />',
		'<testcase classname="pkg.test_ü.TestY" name="test_six" time="0.1234567890123456789" />',
		'<testcase classname="pkg.test_c" name="test_seven" file="pkg/test_c.py" time="007" />',
		'<testcase classname="pkg.test_c" name="test_eight" file="pkg/other.py" time="x" />',
		'<testcase classname="pkg.test_c" name="test_eight" file="pkg/other.py" time="3." />',
		'<testcase classname="pytest" name="internal" time="0" />',
		'<testcase classname="" name="" />',
		'<testcase classname="pkg.test_a.TestX" name="test_one"><failure message="assert 1 == 2">E   assert 1 == 2',
		'',
		'pkg/test_a.py:3: AssertionError</failure></testcase>',
		'</testsuite></testsuites>',
	].join('\n');

	test('ids, outcomes and durations as a string-by-string reader has them', async () => {
		const xml = await parseText(report, 'run.xml');
		expect(
			xml.tests.map(test => [test.id, test.outcome, test.duration]),
		).toEqual([
			['pkg/test_a.py::TestX::test_one', 'passed', 0.5],
			['pkg/test_b.py::test_two', 'passed', 1000],
			['pkg/test_a.py::TestX::test_three[Zürich]', 'passed', 0],
			['pkg/test_a.py::TestX::test_four[a&b]', 'passed', 2.25],
			['pkg/test_ü.py::TestY::test_five', 'passed', undefined],
			['pkg/test_ü.py::TestY::test_six', 'passed', 0.123_456_789_012_345_68],
			['pkg/test_c.py::test_seven', 'passed', 7],
			// xunit1's `file` names where the test is defined; the classname names its module.
			['pkg/test_c.py::test_eight', 'passed', undefined],
			['pkg/test_c.py::test_eight', 'passed', 3],
			['pkg/test_a.py::TestX::test_one', 'failed', undefined],
		]);
		expect(xml.complete).toBe(false);
		expect(xml.failures).toMatchObject([
			{
				id: 'pkg/test_a.py::TestX::test_one',
				file: 'pkg/test_a.py',
				headline: 'AssertionError: assert 1 == 2',
				location: {path: 'pkg/test_a.py', line: 3},
				logLine: 13,
			},
		]);
	});
});

describe("a pytest suite's classnames split on their bytes", () => {
	// Odd shapes too: empty parts, a trailing dot, a capital first part, a class right after the first part.
	const classnames = [
		'tests.api.test_x.TestY',
		'tests.api.test_x',
		'test_x',
		'a.B',
		'A.b.C',
		'a..B.c',
		'a.',
		'a.b.',
		'a.B.',
		'.A',
		'..',
		'pkg.test_x.TestOuter.TestInner',
		'pkg.Test.test_x',
		'pytest',
		'a.b.ZZ.aa.Bb',
		'a.b.[x',
	];

	test('ids and files as the classname read as text gives them', async () => {
		const report = [
			'<testsuites><testsuite name="pytest">',
			...classnames.flatMap(classname => [
				`<testcase classname="${classname}" name="test_one" />`,
				`<testcase classname="${classname}" name="test_two"><failure message="boom">E   boom</failure></testcase>`,
				// The split as text (a name beyond ASCII takes that way).
				`<testcase classname="${classname}" name="test_ü" />`,
			]),
			'</testsuite></testsuites>',
		].join('\n');
		const xml = await parseText(report, 'run.xml');
		const expected = classnames.flatMap(classname => {
			const split = classSplit(classname, undefined, true)!;
			return [
				`${split.head}test_one`,
				`${split.head}test_two`,
				`${split.head}test_ü`,
			];
		});
		expect(xml.tests.map(test => test.id)).toEqual(expected);
		expect(xml.tests.map(test => test.file)).toEqual(
			classnames.flatMap(classname => {
				const {file} = classSplit(classname, undefined, true)!;
				return [file, file, file];
			}),
		);
		expect(xml.failures.map(failure => [failure.id, failure.file])).toEqual(
			classnames.map(classname => {
				const split = classSplit(classname, undefined, true)!;
				return [`${split.head}test_two`, split.file];
			}),
		);
		expect(xml.tests.map(test => test.id)).toContain(
			'a/b.py::ZZ::aa::Bb::test_one',
		);
	});
});
