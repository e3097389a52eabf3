/**
Rules changed after acceptance suite 70 (pontil) was measured blind (36 of 45 on its log and its XML): its settings
value of the wrong type (`rod_cache_size: "64"`) was read as the code's defect, as suite 69's were. The kind is not
words of a suite: a string where the code wants a number (`'>' not supported between instances of 'float' and
'str'`, `must be real number, not str`), raised on the very line that reads the settings (`climate_settings()["humidity_max"]`,
`config["timeout"]`), is the settings file's value. Where the line does not show the settings (suite 70's
`len(self._items) > self.capacity`), or shows a payload, a row or a variable, it stays where it was.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

async function analysed(file: string) {
	return analyze([
		await readLog(path.join(import.meta.dirname, '../acceptance', file)),
	]);
}

describe.each(['holdout-69.log', 'holdout-69.xml'])(
	'on the real run %s',
	async file => {
		const analysis = await analysed(file);
		test.each([
			['test_humidity_alarm', 'call'],
			['test_humidity_normal', 'call'],
			['test_tasting_book_opens', 'setup'],
			['test_tasting_notes_saved', 'setup'],
		])(
			'%s (%s): a string from the settings file where a number is wanted',
			(name, phase) => {
				expect(suggestionFor(analysis, name, phase)).toMatchObject({
					rule: 'setting-value-of-wrong-type',
					category: 'CONFIGURATION',
					priority: 'MEDIUM',
				});
			},
		);
	},
);

describe.each(['holdout-70.log', 'holdout-70.xml'])(
	'on the real run %s',
	async file => {
		const analysis = await analysed(file);
		test('a capacity compared on a line that does not show the settings is not read so', () => {
			expect(suggestionFor(analysis, 'test_rod_cache_bounded')?.rule).not.toBe(
				'setting-value-of-wrong-type',
			);
		});
	},
);

function inCode(message: string, source: string): string {
	return ruleFor({
		headline: message,
		traceback: `tests/test_climate.py:12: in test_alarm\n    assert too_humid(97.5)\napp/climate.py:7: in too_humid\n    ${source}\nE   ${message}`,
	});
}

describe('a string where the settings give a number', () => {
	test.each([
		[
			"TypeError: '>' not supported between instances of 'float' and 'str'",
			'return reading > climate_settings()["humidity_max"]',
		],
		[
			"TypeError: '<=' not supported between instances of 'str' and 'int'",
			'if settings["max_retries"] <= attempt:',
		],
		[
			'TypeError: must be real number, not str',
			'return sqlite3.connect(config["path"], timeout=config["timeout"])',
		],
		[
			"TypeError: 'str' object cannot be interpreted as an integer",
			'return range(self.config.get("workers", 4))',
		],
		[
			"TypeError: unsupported operand type(s) for +: 'float' and 'str'",
			'return time.time() + cfg["ttl"]',
		],
	])('%s on `%s` is the settings file', (message, source) => {
		expect(inCode(message, source)).toBe('setting-value-of-wrong-type');
	});

	test.each([
		[
			"TypeError: '>=' not supported between instances of 'str' and 'int'",
			'return payload["wind_kn"] >= GALE',
		],
		[
			"TypeError: '>' not supported between instances of 'float' and 'str'",
			'return reading > row["limit"]',
		],
		[
			"TypeError: '>' not supported between instances of 'int' and 'str'",
			'while len(self._items) > self.capacity:',
		],
		[
			"TypeError: '<' not supported between instances of 'NoneType' and 'float'",
			'return settings["max"] < reading',
		],
		["KeyError: 'humidity_max'", 'return reading > settings["humidity_max"]'],
	])('%s on `%s` is not read so', (message, source) => {
		expect(inCode(message, source)).not.toBe('setting-value-of-wrong-type');
	});
});
