import {describe, expect, test} from 'vitest';
import {header9, parseText, rule} from './helpers.js';

// Shapes the nineteenth hunt's real runs showed (fixtures/real-suites/README.md, record-hunt19.sh), as small logs.

describe('the nineteenth hunt: a lone surrogate in a message', () => {
	/** pytest's XML of one failure whose message is `message` (escaped as pytest writes it). */
	const xmlOf = async (message: string) =>
		parseText(
			[
				'<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="1" skipped="0" tests="1" time="0.1" timestamp="2026-12-04T04:00:00" hostname="ci">',
				`<testcase classname="tests.test_url" name="test_match" time="0.001"><failure message="${message}">tests/test_url.py:3: AssertionError</failure></testcase>`,
				'</testsuite></testsuites>',
			].join('\n'),
			'run.xml',
		);

	test("the XML's #xDCFF is the U+FFFD the log shows for the byte Python wrote in its place", async () => {
		const xml = await xmlOf(
			'AssertionError: a lone surrogate #xDCFF, #xD83D and #x1F41B in the message',
		);
		expect(xml.failures.map(failure => failure.headline)).toEqual([
			'AssertionError: a lone surrogate \uFFFD, \uFFFD and 🐛 in the message',
		]);
		// The log: Python writes `\udcff` as the byte 0xFF it stands for (surrogateescape), which is no UTF-8.
		const log = await parseText(
			Buffer.concat([
				Buffer.from(
					[
						header9('collected 1 item'),
						'',
						'tests/test_url.py F                                                      [100%]',
						'',
						rule('FAILURES'),
						rule('test_match', '_'),
						'',
						'    def test_match():',
						'>       raise AssertionError("a lone surrogate \\udcff in the message")',
						'E       AssertionError: a lone surrogate ',
					].join('\n'),
				),
				Buffer.from([0xff]),
				Buffer.from(
					[
						' in the message',
						'',
						'tests/test_url.py:3: AssertionError',
						rule('short test summary info'),
						'FAILED tests/test_url.py::test_match - AssertionError: a lone surrogate ',
					].join('\n'),
				),
				Buffer.from([0xff]),
				Buffer.from(' in the message\n' + rule('1 failed in 0.10s') + '\n'),
			]),
		);
		const one = await xmlOf(
			'AssertionError: a lone surrogate #xDCFF in the message',
		);
		expect(log.failures.map(failure => failure.headline)).toEqual(
			one.failures.map(failure => failure.headline),
		);
	});
});
