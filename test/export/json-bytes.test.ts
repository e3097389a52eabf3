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
