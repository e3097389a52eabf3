import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {unexpectedExceptionLine} from '../../source/log/doctest-exception.js';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml} from './against-xml.js';
import {header, parseText, rule} from './helpers.js';
import {xmlHeadlines} from './truth.js';

// What helper hunt47's runs showed (fixtures/real-suites/README.md, record-hunt47.sh).

const root = path.resolve('fixtures/real-suites');

describe("doctest's UNEXPECTED EXCEPTION line, as Python's traceback ends with it", () => {
	test.each([
		[
			`UNEXPECTED EXCEPTION: NameError("name 'x' is not defined")`,
			"NameError: name 'x' is not defined",
		],
		["UNEXPECTED EXCEPTION: KeyError('a')", "KeyError: 'a'"],
		['UNEXPECTED EXCEPTION: ZeroDivisionError()', 'ZeroDivisionError'],
		[
			"UNEXPECTED EXCEPTION: json.decoder.JSONDecodeError('Expecting value",
			'json.decoder.JSONDecodeError: Expecting value...',
		],
		['UNEXPECTED EXCEPTION: NameE', 'NameE...'],
		['UNEXPECTED EXCEPTION: NameError(', 'NameError...'],
		["UNEXPECTED EXCEPTION: KeyError('abc", "KeyError: 'abc..."],
	])('%s', (line, expected) => {
		expect(unexpectedExceptionLine(line)).toBe(expected);
	});

	test.each([
		"UNEXPECTED EXCEPTION: ValueError('a', 2)",
		'UNEXPECTED EXCEPTION: OSError(2, "No such file")',
		"UNEXPECTED EXCEPTION: ValueError('it\\'s')",
		'UNEXPECTED EXCEPTION: <built-in exception>',
		'Expected:',
	])('not read: %s', line => {
		expect(unexpectedExceptionLine(line)).toBe(undefined);
	});

	test('a hostile line is read in linear time', {timeout: 30_000}, () => {
		const line = `UNEXPECTED EXCEPTION: ${'A'.repeat(500_000)}('${'x'.repeat(500_000)}`;
		expect(unexpectedExceptionLine(line)?.endsWith('...')).toBe(true);
	});
});

describe('pytest 7.2 --tb=line: a doctest report cut at 50 characters', () => {
	// pytest 7.2 prints `str(longrepr)[:50]` for a doctest failure under --tb=line (the same session's XML, recorded on
	// the build machine with a three-line docstring module, said `NameError: name 'undefined_name' is not defined`).
	const log = [
		header,
		'collected 2 items',
		'',
		'short_docs.py F.                                                         [100%]',
		'',
		rule('FAILURES'),
		'009 >>> undefined_name',
		'UNEXPECTED EXCEPTION: NameE',
		rule('short test summary info'),
		'FAILED short_docs.py::short_docs.name',
		rule('1 failed, 1 passed in 0.03s'),
		'',
	].join('\n');

	test('the cut exception is the headline, cut where the log cuts it', async () => {
		// Before: `DocTestFailure: UNEXPECTED EXCEPTION: NameE`, neither the exception's type nor a cut the headline showed.
		const run = await parseText(log);
		expect(run.failures.map(failure => failure.headline)).toEqual(['NameE...']);
		// A type cut short names no exception the classifier knows: doctest's own stays.
		expect(run.failures.map(failure => failure.exceptionType)).toEqual([
			'DocTestFailure',
		]);
		expect(run.complete).toBe(true);
	});

	test('the whole exception line when it fits in the 50 characters', async () => {
		const run = await parseText(
			log.replace(
				'009 >>> undefined_name\nUNEXPECTED EXCEPTION: NameE',
				"009 >>> d['a']\nUNEXPECTED EXCEPTION: KeyError('a')",
			),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			"KeyError: 'a'",
		]);
		// The classifier sees the exception the example raised, as the XML gives it (it saw DocTestFailure).
		expect(run.failures.map(failure => failure.exceptionType)).toEqual([
			'KeyError',
		]);
	});

	test("pytest 9's --tb=line: the raised exception's type, not doctest's UnexpectedException (bn-p90-tbline-doctest)", async () => {
		const run = await readLog(
			path.join(root, 'bn-p90-tbline-doctest', 'run.log'),
		);
		const xml = await readLog(
			path.join(root, 'bn-p90-tbline-doctest', 'run.xml'),
		);
		// The doctests' reports, each with the type its log gives and the type its XML gives.
		const typeIn = new Map(
			xml.failures.map(failure => [failure.id, failure.exceptionType]),
		);
		const doctests = run.failures.filter(failure =>
			failure.traceback.includes('UNEXPECTED EXCEPTION'),
		);
		expect(
			doctests.map(failure => [failure.exceptionType, typeIn.get(failure.id)]),
		).toEqual([
			['NameError', 'NameError'],
			['ModuleNotFoundError', 'ModuleNotFoundError'],
		]);
	});
});

describe('stdlib doctests under pytest 7.2 --tb=line -n 2 (doc-p7-tbline-doctest-n2)', () => {
	test("ids and outcomes agree; the log holds each report's first docstring line only, so the headline is the doctest's", async () => {
		const directory = path.join(root, 'doc-p7-tbline-doctest-n2');
		const run = await checkAgainstXml(directory);
		const headlineOf = xmlHeadlines(
			await readLog(path.join(directory, 'run.xml')),
		);
		expect(
			run.failures.map(failure => [
				failure.traceback,
				failure.headline,
				headlineOf(failure),
			]),
		).toEqual([
			[
				'401 The name of the reverse DNS pointer for the IP',
				'DocTestFailure',
				"NameError: name 'ipaddress' is not defined",
			],
			[
				'001 This is a sample doctest in a text file.\n002 ',
				'DocTestFailure',
				"NameError: name 'favorite_color' is not defined",
			],
		]);
	});
});
