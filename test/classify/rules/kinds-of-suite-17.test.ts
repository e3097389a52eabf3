/**
Rules written after acceptance suite 17 (buildyard) was measured blind (51 of 66), for kinds of failure it
showed that no rule knew or that a rule read otherwise: checked on that real run's log and XML, and on texts
in other words where the rule must not fire. Each is a kind (a file a parser refuses at import with a line
and a column, an HTML page where a service's own format was expected, a barrier the test's own wait broke),
not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-17.log', 'holdout-17.xml'])(
	'on the real run of suite 17 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test('an HCL file the parser refuses while a module is imported is a file shipped broken, HIGH', () => {
			const collected = analysis.failures.find(
				found =>
					found.failure.id === 'tests/core/test_fleet.py' &&
					found.failure.phase === 'collect',
			)?.suggestion;
			expect(collected).toMatchObject({
				rule: 'file-unparsable-at-collection',
				category: 'CONFIGURATION',
				priority: 'HIGH',
			});
		});
		test("gzip refusing an answer that starts with b'<h' is an HTML page from the service, MEDIUM", () => {
			expect(
				suggestionFor(analysis, 'test_cache_hit_through_proxy'),
			).toMatchObject({
				rule: 'html-page-instead-of-answer',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
		test("a barrier broken in the test's own wait is the test's", () => {
			expect(
				suggestionFor(analysis, 'test_agents_start_build_together'),
			).toMatchObject({
				rule: 'barrier-in-test',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test('the refused services and the code’s own errors keep their rules', () => {
			expect(suggestionFor(analysis, 'test_cache_get_object')?.rule).toBe(
				'connection-refused',
			);
			expect(suggestionFor(analysis, 'test_layer_roundtrip')?.category).toBe(
				'BUG',
			);
		});
	},
);

describe('in other words', () => {
	test('another parser’s line and column at collection is the file’s too', () => {
		expect(
			ruleFor({
				id: 'tests/test_rules.py',
				file: 'tests/test_rules.py',
				outcome: 'error',
				phase: 'collect',
				headline:
					"lark.exceptions.UnexpectedCharacters: No terminal matches '%' in the current parser context, at line 3 col 9",
				traceback: [
					'app/rules.py:7: in <module>',
					'    RULES = parser.parse(Path("rules.dsl").read_text())',
					"E   lark.exceptions.UnexpectedCharacters: No terminal matches '%' in the current parser context, at line 3 col 9",
				].join('\n'),
			}),
		).toBe('file-unparsable-at-collection');
	});
	test('a syntax error in Python code at collection is not a data file', () => {
		expect(
			ruleFor({
				id: 'tests/test_a.py',
				file: 'tests/test_a.py',
				outcome: 'error',
				phase: 'collect',
				headline:
					'SyntaxError: invalid syntax (line 4, column 7): unexpected token',
				traceback: [
					'tests/test_a.py:4: in <module>',
					'E   SyntaxError: invalid syntax (line 4, column 7): unexpected token',
				].join('\n'),
			}),
		).not.toBe('file-unparsable-at-collection');
	});
	test('the same parser error in a test’s call is not read as a file shipped broken', () => {
		expect(
			ruleFor({
				headline:
					'ValueError: Line 2, column 5: unexpected STRING; expected EQUAL',
				traceback: [
					'src/app/pipeline.py:12: in load',
					'    return hcl.loads(text)',
					'E   ValueError: Line 2, column 5: unexpected STRING; expected EQUAL',
				].join('\n'),
			}),
		).not.toBe('file-unparsable-at-collection');
	});
	test("a client's error quoting a body that starts an HTML document is an HTML page", () => {
		expect(
			ruleFor({
				headline:
					"app.clients.UpstreamError: status answered 'text/html', not JSON: b'<!DOCTYPE html><html><head><title>502'",
				traceback: [
					'src/app/clients.py:40: in status',
					'    raise UpstreamError(f"status answered {kind!r}, not JSON: {body[:60]!r}")',
					"E   app.clients.UpstreamError: status answered 'text/html', not JSON: b'<!DOCTYPE html><html><head><title>502'",
				].join('\n'),
			}),
		).toBe('html-page-instead-of-answer');
	});
	test('an error page a test client prints under its 404 is not a service’s HTML page', () => {
		expect(
			ruleFor({
				headline:
					'webtest.app.AppError: Bad response: 404 Not Found (not 200 OK or 3xx redirect for http://localhost/x)',
				traceback: [
					'tests/test_a.py:5: in test_a',
					'    app.get("/x")',
					'E   webtest.app.AppError: Bad response: 404 Not Found (not 200 OK or 3xx redirect for http://localhost/x)',
					'E   ',
					'E       <!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">',
					'E       <html>',
				].join('\n'),
			}),
		).not.toBe('html-page-instead-of-answer');
	});
	test("an assertion on the code's HTML is not a service's page", () => {
		expect(
			ruleFor({
				headline: `AssertionError: assert b'<html><body>ok' == b'<html><body>OK'`,
				traceback: [
					'tests/test_a.py:5: in test_a',
					"    assert render() == b'<html><body>OK'",
					`E   AssertionError: assert b'<html><body>ok' == b'<html><body>OK'`,
				].join('\n'),
			}),
		).not.toBe('html-page-instead-of-answer');
	});
	test("a barrier broken in the code's own wait is not the test's", () => {
		expect(
			ruleFor({
				headline: 'threading.BrokenBarrierError',
				traceback: [
					'tests/test_a.py:9: in test_a',
					'    workers.start_all()',
					'src/app/workers.py:20: in start_all',
					'    barrier.wait()',
					'/usr/lib/python3.11/threading.py:728: in _wait',
					'    raise BrokenBarrierError',
					'E   threading.BrokenBarrierError',
				].join('\n'),
			}),
		).not.toBe('barrier-in-test');
	});
});
