import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {checkHeadlinesAgainstXml, xmlOf} from './against-xml.js';
import {parseText} from './helpers.js';

// What the sixty-fourth sweep's runs showed (fixtures/real-suites/README.md, record-sweep64.sh).

const root = path.resolve('fixtures/real-suites');
const missing = (name: string) =>
	`Crypto.SelfTest.PublicKey.test_import_ECC.MissingTestVectorException: Missing ${name}`;

describe('classes failing at collection, each reported by both xdist workers', () => {
	test('-q -n 2: each entry, headed by the file, is the report of the summary line in its place', async () => {
		const run = await checkHeadlinesAgainstXml(
			path.join(root, 'pcd-p90-q-n2-continue'),
			34,
		);
		const ofClass = (name: string) =>
			run.failures
				.filter(failure => failure.id.endsWith(`::${name}`))
				.map(failure => failure.headline);
		expect(ofClass('TestImport_P192')).toEqual([
			missing('ecc_p192.txt'),
			missing('ecc_p192.txt'),
		]);
		expect(ofClass('TestImport_P384')).toEqual([
			missing('ecc_p384.txt'),
			missing('ecc_p384.txt'),
		]);
		expect(run.counts).toMatchObject({failed: 2, passed: 51, error: 32});
	});

	test('-v -n 2 agrees too', async () => {
		await checkHeadlinesAgainstXml(
			path.join(root, 'pcd-p90-v-n2-continue'),
			34,
		);
	});

	test('entries whose messages the cut summary cannot tell apart go to its lines in order', async () => {
		const entry = (file: string) => [
			'_____________________ ERROR collecting tests/test_v.py ______________________',
			'tests/test_v.py:20: in __init__',
			`    load("${file}")`,
			`E   MissingVector: Missing ${file}`,
		];
		const run = await parseText(
			[
				'bringing up nodes...',
				'..                                                                       [100%]',
				'==================================== ERRORS ====================================',
				...entry('a.txt'),
				...entry('b.txt'),
				...entry('a.txt'),
				...entry('c.txt'),
				...entry('b.txt'),
				...entry('c.txt'),
				'=========================== short test summary info ============================',
				'ERROR tests/test_v.py::TestA - MissingVector...',
				'ERROR tests/test_v.py::TestB - MissingVector...',
				'ERROR tests/test_v.py::TestA - MissingVector...',
				'ERROR tests/test_v.py::TestC - MissingVector...',
				'ERROR tests/test_v.py::TestB - MissingVector...',
				'ERROR tests/test_v.py::TestC - MissingVector...',
				'2 passed, 6 errors in 0.52s',
			].join('\n'),
		);
		const byName = (a: string, b: string) => a.localeCompare(b);
		expect(
			run.failures
				.map(failure => `${failure.id} ${failure.headline}`)
				.toSorted(byName),
		).toEqual(
			['a', 'a', 'b', 'b', 'c', 'c'].map(
				name =>
					`tests/test_v.py::Test${name.toUpperCase()} MissingVector: Missing ${name}.txt`,
			),
		);
		expect(run.counts).toMatchObject({passed: 2, error: 6});
	});
});

describe("a doctest file's item asking for a fixture that is not installed", () => {
	test("the XML's message starts `file , line 0: source code not available`: the headline is the missing fixture", async () => {
		const directory = path.join(root, 'nltk-p90-q-doctest');
		const run = await checkHeadlinesAgainstXml(directory, 6);
		const xml = await readLog(xmlOf(directory)!);
		expect(new Set(xml.failures.map(failure => failure.headline))).toEqual(
			new Set(["fixture 'mocker' not found"]),
		);
		expect(run.failures.map(failure => failure.phase)).toEqual(
			Array.from({length: 6}, () => 'setup'),
		);
	});

	test("pytest 7.2's XML says the same", async () => {
		await checkHeadlinesAgainstXml(
			path.join(root, 'nltk-p7-v-doctest-nomock'),
			4,
		);
	});

	test('the same message in a report of its own', async () => {
		const xml = await parseText(
			[
				'<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1" failures="0" skipped="0" tests="1">',
				'<testcase classname="docs.guide.md" name="guide.md" time="0.001">',
				'<error message="failed on setup with &quot;file , line 0: source code not available&#10;file /src/app/conftest.py, line 5&#10;  @pytest.fixture(autouse=True)&#10;  def isolate(tmp_home):&#10;E       fixture \'tmp_home\' not found&#10;&gt;       available fixtures: capsys, isolate&quot;">',
				"file , line 0: source code not available\nfile /src/app/conftest.py, line 5\n  @pytest.fixture(autouse=True)\n  def isolate(tmp_home):\nE       fixture 'tmp_home' not found\n&gt;       available fixtures: capsys, isolate\n\n/src/app/conftest.py:5",
				'</error></testcase></testsuite></testsuites>',
			].join(''),
			'report.xml',
		);
		expect(xml.failures.map(failure => failure.headline)).toEqual([
			"fixture 'tmp_home' not found",
		]);
	});
});

describe('an open-file limit under async unittest tests', () => {
	test("subtests' failures, a teardown error, and a warning printed after pytest's final line", async () => {
		const run = await checkHeadlinesAgainstXml(
			path.join(root, 'aiosqlite-p90-v-nofile'),
			5,
		);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({
			failed: 4,
			passed: 27,
			skipped: 1,
			error: 1,
		});
		expect(
			run.failures.filter(
				failure =>
					failure.headline === 'OSError: [Errno 24] Too many open files',
			),
		).toHaveLength(2);
	});
});
