/**
A pattern pasted or typed very long (3,000 characters in the filter, 100,000 in `--match`): a message about it
quotes it cut in its middle, so the reason stays on the screen and stderr stays one short line.
*/

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parseTextFilter} from '../source/review/filters.js';
import {runCli} from './cli-helpers.js';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-long-'));
const cpython = path.resolve(
	'fixtures/real/cpython-net-offline-tb-line/run.log',
);
const long = 'a'.repeat(100_000);

function decide(match: string) {
	return runCli(
		[
			'decide',
			cpython,
			'--triage',
			path.join(temporary, 'triage.jsonl'),
			'--match',
			match,
			'--category',
			'BUG',
		],
		{cwd: temporary},
	);
}

describe('a very long pattern in a message', () => {
	test('--match that matches nothing: one line, the pattern cut', () => {
		const result = decide(long);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(
			/^triage: --match a{19}…a{40} matches no failure in the newest run\n$/,
		);
	});

	test('--match that RE2 refuses: the reason is there, the pattern cut', () => {
		const result = decide(`${long}(`);
		expect(result.status).toBe(2);
		expect(result.stderr.length).toBeLessThan(200);
		expect(result.stderr).toContain('missing closing )');
	});

	test('a rule’s pattern that RE2 refuses: named, the pattern cut', () => {
		const rules = path.join(temporary, 'rules.json');
		fs.writeFileSync(
			rules,
			JSON.stringify({
				rules: [
					{
						name: 'long',
						match: {message: `${'b'.repeat(900)}(`},
						category: 'BUG',
						priority: 'LOW',
						reason: 'a long one',
					},
				],
			}),
		);
		const result = runCli(['rules', '--rules', rules], {cwd: temporary});
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('rules[0] ("long").match.message');
		expect(result.stderr).toContain('missing closing )');
		expect(result.stderr.length).toBeLessThan(300);
	});

	test('the review’s filter: the reason fits on an 80-column line', () => {
		const parsed = parseTextFilter(`${'a'.repeat(3000)}(unclosed`);
		expect('error' in parsed).toBe(true);
		const {error} = parsed as {error: string};
		expect(error).toContain('missing closing )');
		expect(error.length).toBeLessThan(180);
		expect(error.indexOf('missing closing )')).toBeLessThan(80);
	});
});
