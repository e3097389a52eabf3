/**
Rules changed after acceptance suite 69 (rindhall) was measured blind (50 of 63 on its log and its XML): checked on
that real run's log and XML and on texts where the rule must or must not fire. The kind is not words of the suite:
int() or float() refusing a value on the very line that reads it from the environment (`int(os.environ.get("X",
"4"))`) is the environment's value, not the code's arithmetic; the same ValueError on a line that converts anything
else, or another error on a line that reads the environment, stays where it was.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-69.log', 'holdout-69.xml'])(
	'on the real run %s',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test.each([
			'test_worker_count',
			'test_turning_round_uses_workers',
			'test_pool_size_from_settings',
		])("%s: int() refusing RINDHALL_WORKERS='auto'", name => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule: 'environment-value-not-a-number',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
	},
);

function inCode(message: string, source: string): string {
	return ruleFor({
		headline: message,
		traceback: `tests/test_pool.py:12: in test_pool\n    assert workers() == 4\napp/pool.py:7: in workers\n    ${source}\nE   ${message}`,
	});
}

describe('a value read from the environment that is not a number', () => {
	test.each([
		[
			"ValueError: invalid literal for int() with base 10: 'auto'",
			'return int(os.environ.get("WORKERS", "4"))',
		],
		[
			"ValueError: invalid literal for int() with base 10: 'eight'",
			'return int(os.environ["WORKERS"])',
		],
		[
			"ValueError: could not convert string to float: 'high'",
			'ratio = float( os.getenv("RATIO", "0.5"))',
		],
		[
			"ValueError: invalid literal for int() with base 16: 'zz'",
			'mask = int(os.environ["MASK"], 16)',
		],
	])('%s on `%s` is the environment variable', (message, source) => {
		expect(inCode(message, source)).toBe('environment-value-not-a-number');
	});

	test("a number with its unit keeps that rule's reading", () => {
		expect(
			inCode(
				"ValueError: invalid literal for int() with base 10: '15m'",
				'return int(os.environ.get("TTL", "900"))',
			),
		).toBe('number-with-unit');
	});

	test.each([
		[
			"ValueError: invalid literal for int() with base 10: 'auto'",
			'return int(row["workers"])',
		],
		[
			"ValueError: invalid literal for int() with base 10: 'auto'",
			'return int(value)',
		],
		[
			"ValueError: invalid literal for int() with base 10: 'auto'",
			'value = os.environ.get("WORKERS"); return int(parts[0])',
		],
		["KeyError: 'WORKERS'", 'return int(os.environ["WORKERS"])'],
		[
			"TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
			'return int(os.getenv("WORKERS"))',
		],
	])('%s on `%s` is not read so', (message, source) => {
		expect(inCode(message, source)).not.toBe('environment-value-not-a-number');
	});
});
