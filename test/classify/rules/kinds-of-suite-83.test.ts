/**
Rules added after acceptance suite 83 (berthline) was measured blind (51 of 73 on its log and its XML, 45 with the
priority). Values and names from the settings that Python or a library refuses, read from the refusal's own words
and the project's line that passed the value on: a duration of the wrong type given to `timedelta` on a line that
reads the settings (`setting-duration-of-wrong-type`, where `raised-in-app` read it as a defect), a timeout the HTTP
client refuses before connecting (`timeout-value-refused`, where `library-error-from-app` did), a class looked up by
a name its module lacks on a `getattr(module, name)` line (`setting-names-missing-attribute`, where `raised-in-app`
did); a test's own `ROLLBACK TO` a savepoint a commit released (`savepoint-gone-in-test`, where no rule matched); and a
wall-clock budget the test's message names (`wall-clock-budget`, where `configured-budget` read it as the settings').
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-83.log', 'holdout-83.xml'])(
	'on the real run %s',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test.each([
			[
				'test_jwt_expiration_handling[clock-skew-0s]',
				'setting-duration-of-wrong-type',
				'CONFIGURATION',
			],
			[
				'test_jwt_expiration_handling[clock-skew-120s]',
				'setting-duration-of-wrong-type',
				'CONFIGURATION',
			],
			['test_manifest_upload', 'timeout-value-refused', 'CONFIGURATION'],
			[
				'test_cache_backend_from_settings',
				'setting-names-missing-attribute',
				'CONFIGURATION',
			],
			['test_savepoint_rollback', 'savepoint-gone-in-test', 'TEST_DESIGN'],
			['test_gc_pause_latency[gen2]', 'wall-clock-budget', 'TEST_DESIGN'],
		])('%s: %s', (name, rule, category) => {
			expect(suggestionFor(analysis, name)).toMatchObject({rule, category});
		});
	},
);

function failureIn(frames: string, headline: string): string {
	return ruleFor({
		headline,
		exceptionType: headline.slice(0, headline.indexOf(':')),
		traceback: `${frames}\nE   ${headline}`,
	});
}

const site = '/usr/lib/python3.11/site-packages';

describe('a duration of the wrong type read from the settings', () => {
	test.each([
		[
			'tests/test_a.py:3: in test_a\n    grace = timedelta(minutes=config.get("grace"))',
			'TypeError: unsupported type for timedelta minutes component: NoneType',
		],
		[
			'tests/test_a.py:3: in test_a\n    check(x)\napp/tokens.py:9: in leeway\n    return timedelta(seconds=settings()["leeway"])',
			'TypeError: unsupported type for timedelta seconds component: str',
		],
	])('%s', (frames, headline) => {
		expect(failureIn(frames, headline)).toBe('setting-duration-of-wrong-type');
	});

	test('not from a row or a payload on that line', () => {
		expect(
			failureIn(
				'tests/test_a.py:3: in test_a\n    check(x)\napp/jobs.py:9: in delay\n    return timedelta(seconds=row["delay"])',
				'TypeError: unsupported type for timedelta seconds component: str',
			),
		).not.toBe('setting-duration-of-wrong-type');
	});
});

describe('a timeout the HTTP client refuses', () => {
	test.each([
		[
			`app/net.py:48: in upload\n    return requests.post(url, timeout=timeout)\n${site}/urllib3/util/timeout.py:159: in _validate_timeout\n    raise ValueError(`,
			'ValueError: Attempted to set read timeout to -1, but the timeout cannot be set to a value less than or equal to 0.',
		],
		[
			`app/net.py:48: in upload\n    return http.request("GET", url, timeout=settings.TIMEOUT)\n${site}/urllib3/util/timeout.py:150: in _validate_timeout\n    raise ValueError(`,
			'ValueError: Timeout value connect was 5s, but it must be an int, float or None.',
		],
		[
			`app/net.py:48: in upload\n    return session.get(url, timeout=(1, 2, 3))\n${site}/requests/adapters.py:690: in send\n    raise ValueError(`,
			'ValueError: Invalid timeout (1, 2, 3). Pass a (connect, read) timeout tuple, or a single float to set both timeouts to the same value.',
		],
	])('%s', (frames, headline) => {
		expect(failureIn(frames, headline)).toBe('timeout-value-refused');
	});

	test('not a read timed out, nor the words raised by the project itself', () => {
		expect(
			failureIn(
				`app/net.py:48: in upload\n    return requests.post(url, timeout=0.1)\n${site}/requests/adapters.py:713: in send\n    raise ReadTimeout(e, request=request)`,
				"requests.exceptions.ReadTimeout: HTTPConnectionPool(host='127.0.0.1', port=80): Read timed out. (read timeout=0.1)",
			),
		).not.toBe('timeout-value-refused');
		expect(
			failureIn(
				'tests/test_a.py:3: in test_a\n    check(x)\napp/net.py:9: in check\n    raise ValueError(message)',
				'ValueError: Attempted to set connect timeout to 0, but the timeout cannot be set to a value less than or equal to 0.',
			),
		).not.toBe('timeout-value-refused');
	});
});

describe('a class looked up by a name its module lacks', () => {
	test.each([
		'return getattr(module, class_name)',
		'backend = getattr(importlib.import_module(module_path), name)',
		'return getattr(import_module(path), parts[-1])',
	])('%s', source => {
		expect(
			failureIn(
				`tests/test_a.py:3: in test_a\n    load(settings)\napp/plugins.py:9: in load\n    ${source}`,
				"AttributeError: module 'app.backends' has no attribute 'RedisBackend'",
			),
		).toBe('setting-names-missing-attribute');
	});

	test.each([
		[
			'return getattr(ssl, "PROTOCOL_TLS")',
			"AttributeError: module 'ssl' has no attribute 'PROTOCOL_TLS'",
		],
		[
			'return getattr(self.settings, name)',
			"AttributeError: 'Settings' object has no attribute 'cache_url'",
		],
		[
			'return module.RedisBackend',
			"AttributeError: module 'app.backends' has no attribute 'RedisBackend'",
		],
	])('not %s', (source, headline) => {
		expect(
			failureIn(
				`tests/test_a.py:3: in test_a\n    load(settings)\napp/plugins.py:9: in load\n    ${source}`,
				headline,
			),
		).not.toBe('setting-names-missing-attribute');
	});
});

describe("a test's own rollback to a savepoint a commit released", () => {
	test.each([
		[
			'tests/test_a.py:7: in test_a\n    connection.execute("ROLLBACK TO hold")',
			'sqlite3.OperationalError: no such savepoint: hold',
		],
		[
			'tests/test_a.py:7: in test_a\n    cursor.execute("ROLLBACK TO SAVEPOINT sp1")',
			'psycopg2.errors.InvalidSavepointSpecification: savepoint "sp1" does not exist',
		],
	])('%s', (frames, headline) => {
		expect(failureIn(frames, headline)).toBe('savepoint-gone-in-test');
	});

	test("not the code's own", () => {
		expect(
			failureIn(
				'tests/test_a.py:3: in test_a\n    store.save(x)\napp/store.py:21: in save\n    self.db.execute("ROLLBACK TO batch")',
				'sqlite3.OperationalError: no such savepoint: batch',
			),
		).not.toBe('savepoint-gone-in-test');
	});
});

describe('a wall-clock budget in the test’s own assertion', () => {
	function budget(headline: string, assertion: string): string {
		return ruleFor({
			headline,
			exceptionType: 'AssertionError',
			traceback: `tests/test_a.py:5: in test_a\n    assert elapsed < limit, message\nE   ${headline}\nE   ${assertion}`,
		});
	}

	test.each([
		[
			'AssertionError: gc pause 406.4 ms over the 20 ms budget',
			'assert 0.40644538600008673 < 0.02',
		],
		[
			'AssertionError: nightly export took 12.5 s, exceeding its 10s budget',
			'assert 12.5 <= 10',
		],
	])('%s', (headline, assertion) => {
		expect(budget(headline, assertion)).toBe('wall-clock-budget');
	});

	test.each([
		[
			'AssertionError: Cache exceeded its memory budget under pressure',
			'assert 5242880 < 4194304',
		],
		[
			'AssertionError: p99 latency 300 ms over the 200 ms budget',
			'assert 0.3 < 0.2',
		],
		[
			'AssertionError: 12 requests over the 10 request budget',
			'assert 12 <= 10',
		],
	])('not %s', (headline, assertion) => {
		expect(budget(headline, assertion)).not.toBe('wall-clock-budget');
	});
});

// Near misses of 250 KB: each is read in one pass and gets another rule.
describe('250 KB near misses', () => {
	test('of each kind get another rule', {timeout: 30_000}, () => {
		const rules = [
			failureIn(
				'tests/test_a.py:3: in test_a\n    x = timedelta(seconds=config["x"])',
				`TypeError: unsupported type for timedelta ${'seconds '.repeat(32_000)}`,
			),
			failureIn(
				`app/net.py:4: in f\n    requests.get(u, timeout=t)\n${site}/urllib3/util/timeout.py:159: in _validate_timeout\n    raise ValueError(`,
				`ValueError: Attempted to set connect timeout to ${'0'.repeat(250_000)}, but the timeout cannot be set to a value less than or equal to 0.`,
			),
			failureIn(
				`tests/test_a.py:3: in test_a\n    load(s)\napp/plugins.py:9: in load\n    return getattr(${'m'.repeat(250_000)}, name)`,
				"AttributeError: module 'app.backends' has no attribute 'RedisBackend'",
			),
			failureIn(
				'tests/test_a.py:7: in test_a\n    connection.execute("ROLLBACK TO hold")',
				`sqlite3.OperationalError: no such savepoint: ${' '.repeat(250_000)}`,
			),
		];
		expect(rules).not.toContain('setting-duration-of-wrong-type');
		expect(rules).not.toContain('timeout-value-refused');
		expect(rules).not.toContain('setting-names-missing-attribute');
		expect(rules).not.toContain('savepoint-gone-in-test');
	});
});
