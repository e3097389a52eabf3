/**
A rules file that is not JSON says where and why, in a person's words: JSON.parse on Node 20 named no line for a
trailing comma (`Unexpected token ']', ..."},⏎]}⏎" is not valid JSON`), the commonest slip in a file written by hand.
*/
import {expect, test} from 'vitest';
import {jsonMistake} from '../../../source/classify/rules/json-mistake.js';
import {loadRulesFile} from '../../../source/classify/rules/load.js';

const rule =
	'{"name": "db", "match": {"message": "refused"}, "category": "ENVIRONMENT", "priority": "HIGH", "reason": "r"}';

test.each([
	[
		`{"rules": [\n ${rule},\n]}`,
		2,
		111,
		"a comma before ']': JSON allows no trailing comma",
	],
	[
		`{"rules": [${rule}],\n}`,
		1,
		122,
		"a comma before '}': JSON allows no trailing comma",
	],
	[
		`{"rules": [\n ${rule}\n ${rule}\n]}`,
		3,
		2,
		"expected ',' or ']' after a list's item, found \"{\" (a comma missing?)",
	],
	[
		'{"rules": [{"name": "a"\n "match": {}}]}',
		2,
		2,
		"expected ',' or '}' after a property's value, found \"\\\"\" (a comma missing?)",
	],
	["{'rules': []}", 1, 2, 'a name in single quotes: JSON takes double quotes'],
	['{rules: []}', 1, 2, 'a property name must be in double quotes, found "r"'],
	[
		'{"rules": [{"match": {"message": "\\d+ refused"}}]}',
		1,
		35,
		'\\d is no JSON escape: a backslash in a pattern is written \\\\ (\\\\d for \\d)',
	],
	[
		'{"rules": [{"name": "a\n"}]}',
		1,
		21,
		"a string not closed on its line: a '\"' is missing",
	],
	['{"rules": [', 1, 12, 'the file ends where a value was expected'],
	['{"rules": []} {}', 1, 15, 'more after the end of the JSON value: "{"'],
	[
		'{"rules": [], "x": tru}',
		1,
		20,
		'unexpected "t" where a value was expected',
	],
])('%j: line %i, column %i: %s', (text, line, column, reason) => {
	expect(() => JSON.parse(text) as unknown).toThrow();
	expect(jsonMistake(text)).toEqual({line, column, reason});
});

test('valid JSON, and a file nested too deep to scan: none (JSON.parse says why)', () => {
	expect(jsonMistake(`{"rules": [${rule}]}`)).toBeUndefined();
	expect(jsonMistake('['.repeat(200_000))).toBeUndefined();
});

test('a rules file with a trailing comma: one line naming its line and column', () => {
	expect(
		loadRulesFile(`{"rules": [\n ${rule},\n]}`, 'triage.rules.json'),
	).toEqual({
		ok: false,
		errors: [
			"triage.rules.json:2:111: not valid JSON: a comma before ']': JSON allows no trailing comma",
		],
	});
});

test('a category, a priority or a condition a slip away from a known one: did you mean', () => {
	const loaded = loadRulesFile(
		'{"rules": [{"name": "db", "match": {"mesage": "x"}, "category": "ENVIRONMNT", "priority": "HIHG", "reason": "r"}]}',
		'triage.rules.json',
	);
	expect(loaded.ok).toBe(false);
	const errors = (loaded as {errors: readonly string[]}).errors.join('\n');
	expect(errors).toContain(
		"unknown condition 'mesage' (did you mean message?)",
	);
	expect(errors).toContain(
		'unknown category "ENVIRONMNT" (did you mean ENVIRONMENT?)',
	);
});
