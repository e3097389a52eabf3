/**
Rules added after acceptance suite 50 (combwright) was measured blind (64 of 68 on its log and on its XML): checked
on that real run's log and XML (pytest 7.2 under pytest-xdist), and on texts in other words where the rule must or
must not fire. The kind is not a word of the suite: the code handing json.loads the text of a file it reads with
pathlib in the same call, so what does not parse is a file on this machine, not a service's answer.
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

describe.each(['holdout-50.log', 'holdout-50.xml'])(
	'on the real run of suite 50 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test.each(['test_heather_hill_listed', 'test_every_apiary_has_hives'])(
			'a shipped JSON file read by a fixture at setup (%s)',
			name => {
				expect(suggestionFor(analysis, name, 'setup')).toMatchObject({
					rule: 'json-file-unparsable-at-setup',
					category: 'CONFIGURATION',
					priority: 'HIGH',
				});
			},
		);
	},
);

function parsed(source: string, phase: 'setup' | 'call' = 'call') {
	return ruleFor({
		phase,
		headline:
			'json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 5 column 1 (char 181)',
		traceback: [
			'tests/test_sites.py:8: in test_sites',
			'    assert sites.load()',
			'app/sites.py:9: in load',
			`    ${source}`,
			'/usr/lib/python3.11/json/__init__.py:346: in loads',
			'    return _default_decoder.decode(s)',
			'E   json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 5 column 1 (char 181)',
		].join('\n'),
	});
}

describe('JSON the code reads from a file with pathlib', () => {
	test.each([
		'return json.loads(FILE.read_text())',
		'data = json.loads(self.path.read_text(encoding="utf-8"))',
		'return json.loads(CATALOG.read_bytes())',
	])('%s', source => {
		expect(parsed(source)).toBe('json-file-unparsable');
		expect(parsed(source, 'setup')).toBe('json-file-unparsable-at-setup');
	});

	test.each([
		// A service's answer, not a file.
		'return json.loads(response.text)',
		'return json.loads(answer.read())',
		'return json.loads(client.get(url).read_text())',
		'return json.loads(payload)',
	])('not %s', source => {
		expect(parsed(source)).not.toMatch(/^json-file-unparsable/);
	});

	// The call's pattern is anchored and stops at the line's first `(`, so it reads such a line once (no time is
	// asserted here: a unit test's time is noise on a shared machine).
	test('a hostile 100 KB line is no JSON file read', () => {
		const lines = [
			`json.loads(${'x'.repeat(100_000)}`,
			`${'json.loads('.repeat(9000)}`,
			`return json.loads(${'a.read_tex'.repeat(10_000)}`,
		];
		for (const line of lines) {
			expect(parsed(line)).not.toMatch(/^json-file-unparsable/);
		}
	});
});
