/**
The JSON export into an output's buffer checks a failure's bytes for what must be escaped instead of
scanning its text: it must write exactly what the text path writes, for every character that needs an
escape on its own (one failure each, so that no other character in the failure triggers the escape),
and for the characters next to them that need none.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {writeJson} from '../../source/export/json.js';
import type {TestResult} from '../../source/log/model.js';
import {TestList} from '../../source/log/test-list.js';
import {Output} from '../../source/output.js';
import {makeRun} from '../classify/make-run.js';

const escaped = [
	0x7f,
	...range(0x80, 0x9f),
	...range(0x20_0b, 0x20_0f),
	...range(0x20_28, 0x20_2e),
	0x20_60,
	...range(0x20_66, 0x20_69),
	0xfe_ff,
];
const kept = [
	0x7e, 0xa0, 0xe9, 0x20_0a, 0x20_10, 0x20_14, 0x20_27, 0x20_2f, 0x20_5f,
	0x20_61, 0x20_65, 0x20_6a, 0xfe_fe, 0xff_fd, 0x1_f6_00,
];

function range(first: number, last: number): number[] {
	return Array.from({length: last - first + 1}, (_, index) => first + index);
}

test('every escaped character alone, and its neighbours, as the text path writes them', () => {
	const characters = [...escaped, ...kept].map(code =>
		String.fromCodePoint(code),
	);
	const run = makeRun(
		'controls.log',
		Object.fromEntries(
			characters.map((character, index) => [
				`tests/test_c.py::test_${index}`,
				{
					outcome: 'failed' as const,
					failure: {
						headline: `AssertionError: a${character}b`,
						traceback: `E   AssertionError: a${character}b — end`,
					},
				},
			]),
		),
	);
	let text = '';
	writeJson([run], part => {
		text += part;
	});
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-json-'));
	const file = path.join(directory, 'out.json');
	const output = new Output(file);
	writeJson([run], output);
	output.close();
	const written = fs.readFileSync(file, 'utf8');
	fs.rmSync(directory, {recursive: true});

	expect(written).toBe(text);
	const failures = (
		JSON.parse(written) as {runs: Array<{failures: Array<{traceback: string}>}>}
	).runs[0]!.failures;
	expect(failures.map(failure => failure.traceback)).toEqual(
		characters.map(character => `E   AssertionError: a${character}b — end`),
	);
	for (const code of escaped) {
		expect(written).toContain(`a\\u${code.toString(16).padStart(4, '0')}b`);
	}

	for (const code of kept) {
		expect(written).toContain(`a${String.fromCodePoint(code)}b`);
	}
});

test('tests whose ids share their start with one that needs escapes, second reports, reruns and durations: as the text path writes them', () => {
	const prefix = 'tests/test_ids.py::test_a';
	const results: TestResult[] = [
		['[x]', 'passed'],
		['[x\u001B]', 'failed'],
		// Shares the escaped byte with the id before: not plain though its own bytes are.
		['[x\u001B]y', 'passed'],
		['[x]z', 'passed'],
		['["q"]', 'passed'],
		['[\\\\]', 'passed'],
		['[é]', 'passed'],
		['[e]', 'passed'],
		['[e]', 'error'],
		['[\u009B]', 'skipped'],
		['[f]', 'passed'],
	].map(([suffix, outcome], index) => ({
		id: `${prefix}${suffix}`,
		file: 'tests/test_ids.py',
		outcome: outcome as TestResult['outcome'],
		phase: outcome === 'error' ? 'teardown' : 'call',
		...(index === 3 && {reruns: 2}),
		...(index % 4 === 1 && {duration: index * 0.25}),
	}));
	// Past the restart interval of the id column (16), and many reports of one file.
	for (let index = 0; index < 40; index++) {
		results.push({
			id: `${prefix}[${index % 7 === 0 ? '"' : ''}${index}]`,
			file: 'tests/test_ids.py',
			outcome: 'passed',
			phase: 'call',
		});
	}

	const run = {...makeRun('ids.log', {}), tests: TestList.from(results)};
	let text = '';
	writeJson([run], part => {
		text += part;
	});
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-json-'));
	const file = path.join(directory, 'out.json');
	const output = new Output(file);
	writeJson([run], output);
	output.close();
	const written = fs.readFileSync(file, 'utf8');
	fs.rmSync(directory, {recursive: true});

	expect(written).toBe(text);
	const {tests} = (JSON.parse(written) as {runs: Array<{tests: TestResult[]}>})
		.runs[0]!;
	expect(tests.map(test => test.id)).toEqual(results.map(result => result.id));
	expect(written).toContain('test_a[x\\u001b]y"');
	expect(written).toContain('test_a[\\u009b]"');
});
