/**
Rules changed after acceptance suite 81 (reedbank) was measured blind (31 of 61 on its log and its XML, 22 with the
priority). Three kinds of a test's own dealings with warnings, each visible in its own report, no words of a suite:
a deprecated call on the test's own line made an error by the run's warning filter (`deprecated-call-in-test`,
where `deprecation-as-error` read it as the settings'), `pytest.warns` given what is not a warning class
(`warns-given-non-warning`, where no rule matched) and `pytest.warns` expecting a deprecation the code does not emit
(`expected-deprecation-not-emitted`, where `explicit-fail` read it as the code's). All TEST_DESIGN MEDIUM.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-81.log', 'holdout-81.xml'])(
	'on the real run %s',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test.each([
			['test_client_context_verifies', 'deprecated-call-in-test'],
			['test_main_thread_keeps_name', 'deprecated-call-in-test'],
			['test_runner_encoding_is_utf8', 'deprecated-call-in-test'],
			['test_price_without_warnings', 'warns-given-non-warning'],
			['test_get_many_default_warns', 'expected-deprecation-not-emitted'],
		])('%s: %s', (name, rule) => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule,
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});

		// The code's own deprecated calls keep the rule the earlier sets' decisions split on.
		test.each([
			'test_loader_is_daemon',
			'test_migrations_registered',
			'test_content_type_plain',
			'test_migrated_crypt_hash',
		])('the code’s own: %s', name => {
			expect(suggestionFor(analysis, name)?.rule).toBe('deprecation-as-error');
		});
	},
);

const warning =
	"DeprecationWarning: 'cgi' is deprecated and slated for removal in Python 3.13";

describe('a deprecated call on the test’s own line', () => {
	function rule(frames: string, headline = warning, phase = 'call'): string {
		return ruleFor({
			headline,
			exceptionType: headline.slice(0, headline.indexOf(':')),
			phase: phase as 'call',
			traceback: `${frames}\n/usr/lib/python3.11/warnings.py:514: in _deprecated\n    warn(msg, DeprecationWarning, stacklevel=3)\nE   ${headline}`,
		});
	}

	test.each([
		[
			'tests/test_a.py:3: in test_a\n    import cgi',
			"DeprecationWarning: 'cgi' is deprecated and slated for removal in Python 3.13",
		],
		[
			'tests/test_a.py:9: in test_a\n    context = ssl.SSLContext()\n/usr/lib/python3.11/ssl.py:494: in __new__\n    warnings.warn(',
			'DeprecationWarning: ssl.SSLContext() without protocol argument is deprecated.',
		],
		[
			'tests/test_a.py:9: in test_a\n    m = np.matrix([0, 1])\n/venv/lib/python3.11/site-packages/numpy/matrixlib/defmatrix.py:120: in __new__\n    warnings.warn(',
			'PendingDeprecationWarning: the matrix subclass is not the recommended way to represent matrices',
		],
		[
			'tests/conftest.py:12: in client\n    return Model.parse_obj(data)\n/venv/lib/python3.11/site-packages/pydantic/main.py:1384: in parse_obj\n    warnings.warn(',
			'pydantic.warnings.PydanticDeprecatedSince20: The `parse_obj` method is deprecated; use `model_validate` instead.',
		],
	])('%s', (frames, headline) => {
		expect(rule(frames, headline)).toBe('deprecated-call-in-test');
	});

	test('at setup, in a fixture of the tests', () => {
		expect(
			rule(
				'tests/conftest.py:5: in now\n    return datetime.utcnow()',
				'DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version.',
				'setup',
			),
		).toBe('deprecated-call-in-test');
	});

	test.each([
		// The code's own call: the innermost frame of the project is the app's.
		'tests/test_a.py:3: in test_a\n    assert net.content_type("text/csv")\napp/net.py:37: in content_type\n    import cgi',
		'tests/test_a.py:3: in test_a\n    assert ttl.expires_at(60)\nsrc/app/ttl.py:31: in expires_at\n    base = datetime.utcfromtimestamp(now)',
	])('not the code’s own: %s', frames => {
		expect(rule(frames)).toBe('deprecation-as-error');
	});

	test('not another warning made an error', () => {
		expect(
			rule(
				'tests/test_a.py:3: in test_a\n    warnings.warn("x", UserWarning)',
				'UserWarning: x',
			),
		).not.toBe('deprecated-call-in-test');
	});
});

describe('pytest.warns given what is not a warning class', () => {
	function rule(headline: string, recwarn = true): string {
		const inside = recwarn
			? '/venv/lib/python3.11/site-packages/_pytest/recwarn.py:282: in __init__\n    raise TypeError(msg % type(expected_warning))'
			: 'app/errors.py:4: in build\n    raise TypeError(msg)';
		return ruleFor({
			headline,
			exceptionType: 'TypeError',
			traceback: `tests/test_a.py:3: in test_a\n    with pytest.warns(None) as record:\n${inside}\nE   ${headline}`,
		});
	}

	test.each([
		"TypeError: exceptions must be derived from Warning, not <class 'NoneType'>",
		"TypeError: exceptions must be derived from Warning, not <class 'type'>",
	])('%s', headline => {
		expect(rule(headline)).toBe('warns-given-non-warning');
	});

	test('not the same words raised by the code', () => {
		expect(
			rule(
				"TypeError: exceptions must be derived from Warning, not <class 'NoneType'>",
				false,
			),
		).not.toBe('warns-given-non-warning');
	});
});

describe('pytest.warns expecting a deprecation the code does not emit', () => {
	function rule(headline: string): string {
		return ruleFor({
			headline,
			exceptionType: 'Failed',
			traceback: `tests/test_a.py:3: in test_a\n    with pytest.warns(DeprecationWarning):\nE   ${headline.replaceAll('\n', '\nE   ')}`,
		});
	}

	test.each([
		"Failed: DID NOT WARN. No warnings of type (<class 'DeprecationWarning'>,) were emitted.\n Emitted warnings: [].",
		"Failed: DID NOT WARN. No warnings of type (<class 'DeprecationWarning'>,) was emitted. The list of emitted warnings is: [FutureWarning('old')].",
		"Failed: DID NOT WARN. No warnings of type (<class 'FutureWarning'>, <class 'PendingDeprecationWarning'>) were emitted.",
		"Failed: DID NOT WARN. No warnings of type (<class 'app.errors.AppDeprecationWarning'>,) were emitted.",
	])('%s', headline => {
		expect(rule(headline)).toBe('expected-deprecation-not-emitted');
	});

	test.each([
		"Failed: DID NOT WARN. No warnings of type (<class 'UserWarning'>,) were emitted.",
		"Failed: DID NOT WARN. No warnings of type (<class 'RuntimeWarning'>,) were emitted.",
		"Failed: DID NOT RAISE <class 'DeprecationWarning'>",
	])('not: %s', headline => {
		expect(rule(headline)).not.toBe('expected-deprecation-not-emitted');
	});
});
