import {describe, expect, test} from 'vitest';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import {describeRules} from '../../source/classify/rules/describe.js';
import {shownPattern} from '../../source/classify/rules/shown-pattern.js';

const names = (count: number) =>
	Array.from({length: count}, (_, index) => `Zone\\/Name_${index}`);

describe('shownPattern', () => {
	test('a long group of plain alternatives keeps its first three and says how many more', () => {
		const source = `/key (?:${names(200).join('|')})['"]/`;
		expect(shownPattern(source)).toBe(
			String.raw`/key (?:Zone\/Name_0|Zone\/Name_1|Zone\/Name_2|… 197 more)['"]/`,
		);
	});

	test('a list of names a person reads whole is shown whole', () => {
		const source = `/fixture '(?:${['mocker', 'class_mocker', 'module_mocker', 'session_mocker', 'httpx_mock', 'respx_mock', 'freezer', 'benchmark', 'snapshot', 'aresponses', 'requests_mock', 'caplog2', 'faker', 'tmp_path3'].join('|')})' not found/`;
		expect(shownPattern(source)).toBe(source);
	});

	test('a long group whose alternatives are patterns, not words, is shown whole', () => {
		const source = `/(?:${names(200)
			.map(name => `${name}\\d+`)
			.join('|')})/`;
		expect(shownPattern(source)).toBe(source);
	});

	test('groups inside groups, escapes and character classes are read as the pattern has them', () => {
		const long = names(100).join('|');
		const source = String.raw`/[(|]\(?:x(?:a|b(?:${long})c)|[)](?:${long})/`;
		expect(shownPattern(source)).toBe(
			String.raw`/[(|]\(?:x(?:a|b(?:Zone\/Name_0|Zone\/Name_1|Zone\/Name_2|… 97 more)c)|[)](?:Zone\/Name_0|Zone\/Name_1|Zone\/Name_2|… 97 more)/`,
		);
	});

	test('an unclosed group leaves the rest as written', () => {
		expect(shownPattern(`/(?:${names(200).join('|')}/`)).toBe(
			`/(?:${names(200).join('|')}/`,
		);
	});
});

describe('triage rules', () => {
	test("the time zone rule's 598 names are one line a person can read (it was 9,800 characters)", () => {
		const text = describeRules(builtInRuleSet());
		const line = text
			.split('\n')
			.find(
				line =>
					line.includes('ZoneInfoNotFoundError') && line.includes('Abidjan'),
			);
		expect(line).toBeDefined();
		expect(line!.length).toBeLessThan(300);
		expect(line).toMatch(
			/No time zone found with key \(\?:Africa\\\/Abidjan\|Africa\\\/Accra\|Africa\\\/Addis_Ababa\|… \d{3} more\)/,
		);
		expect(text).toContain("fixture '(?:mocker|class_mocker|module_mocker|");
	});
});
