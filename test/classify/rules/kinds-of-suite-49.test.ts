/**
Rules added after acceptance suite 49 (kilnrow) was measured blind (49 of 63 on its log and on its XML): checked on
that real run's log and XML (pytest 9.0.3), and on texts in other words where the rules must or must not fire.
The kinds are not words of the suite: a `pytest.raises(match=…)` whose input is a refused connection (the outage
caught by a broad exception type), and a test module importing a name the project's own module does not define.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

async function analysisOf(file: string) {
	return analyze([
		await readLog(path.join(import.meta.dirname, '../acceptance', file)),
	]);
}

describe.each(['holdout-49.log', 'holdout-49.xml'])(
	'on the real run of suite 49 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('a refused connection caught by pytest.raises(match=…)', () => {
			expect(
				suggestionFor(analysis, 'test_wrong_password_is_refused'),
			).toMatchObject({
				rule: 'raises-match-refused',
				category: 'ENVIRONMENT',
				priority: 'HIGH',
			});
		});
		test('a name the project’s module does not define, at collection', () => {
			expect(
				analysis.failures.find(
					found => found.failure.id === 'tests/core/test_recipes.py',
				)?.suggestion,
			).toMatchObject({
				rule: 'collect-import-name-of-project',
				category: 'TEST_DESIGN',
			});
		});
	},
);

function failedMatch(lines: readonly string[]) {
	return ruleFor({
		headline: 'AssertionError: Regex pattern did not match.',
		traceback: [
			'tests/test_login.py:22: in test_refused',
			'    with pytest.raises(Exception, match="401"):',
			'E   AssertionError: Regex pattern did not match.',
			...lines.map(line => `E   ${line}`),
		].join('\n'),
	});
}

describe('pytest.raises(match=…) given a refused connection', () => {
	test.each([
		// Pytest 8 and later, and pytest 7.
		[
			" Expected regex: '401'",
			` Actual message: "HTTPConnectionPool(host='127.0.0.1', port=8080): Max retries exceeded with url: /token (Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))"`,
		],
		[
			" Regex: 'invalid_grant'",
			" Input: '[Errno 111] Connect call failed (\\'127.0.0.1\\', 5432)'",
		],
	])('%s', (...lines) => {
		expect(failedMatch(lines)).toBe('raises-match-refused');
	});

	test('other words stay the test’s expectation', () => {
		expect(
			failedMatch([
				" Expected regex: '401'",
				" Actual message: '403 Forbidden'",
			]),
		).toBe('raises-match');
	});
});

function collected(message: string) {
	return ruleFor({
		phase: 'collect',
		headline: message,
		traceback: [
			'tests/test_recipes.py:1: in <module>',
			'    from app.glaze import Recipe',
			`E   ${message}`,
		].join('\n'),
	});
}

describe('a test module importing a name its project does not define', () => {
	test.each([
		"ImportError: cannot import name 'Recipe' from 'app.glaze' (/src/app/app/glaze.py)",
		"ImportError: cannot import name 'parse_order' from 'shop.orders' (/builds/shop/src/shop/orders/__init__.py)",
	])('%s', message => {
		expect(collected(message)).toBe('collect-import-name-of-project');
	});

	test.each([
		// A library's or the standard library's module: the environment's versions.
		"ImportError: cannot import name 'soft_unicode' from 'markupsafe' (/usr/lib/python3/dist-packages/markupsafe/__init__.py)",
		"ImportError: cannot import name 'url_quote' from 'werkzeug.urls' (/venv/lib/python3.11/site-packages/werkzeug/urls.py)",
		"ImportError: cannot import name 'Mapping' from 'collections' (/usr/lib/python3.11/collections/__init__.py)",
		"ImportError: cannot import name 'plugin' from 'app' (unknown location)",
	])('%s', message => {
		expect(collected(message)).not.toBe('collect-import-name-of-project');
	});
});
