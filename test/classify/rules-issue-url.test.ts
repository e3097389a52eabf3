import {describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {loadRulesFile} from '../../source/classify/rules/load.js';
import {makeRun} from './make-run.js';

function load(value: unknown) {
	return loadRulesFile(JSON.stringify({rules: [], issueUrl: value}), 'r.json');
}

describe('the rules file’s issueUrl', () => {
	test.each([
		'https://github.com/org/repo/issues/%s',
		'https://jira.example.com/browse/%s',
		'http://tracker.local:8080/show_bug.cgi?id=%s',
	])('%j is a template the analysis carries', template => {
		const loaded = load(template);
		expect(loaded.ok).toBe(true);
		if (loaded.ok) {
			expect(loaded.ruleSet.issueUrl).toBe(template);
			const analysis = analyze([makeRun('run.log', {'t.py::a': 'failed'})], {
				rules: loaded.ruleSet,
			});
			expect(analysis.issueUrl).toBe(template);
		}
	});

	test('absent: no template', () => {
		const loaded = loadRulesFile(JSON.stringify({rules: []}), 'r.json');
		expect(loaded.ok && loaded.ruleSet.issueUrl).toBeUndefined();
	});

	test.each([
		['no %s', 'https://github.com/org/repo/issues/'],
		['two %s', 'https://x.test/%s/%s'],
		['not http', 'ftp://x.test/%s'],
		['a data URL', 'data:text/html,%s'],
		['a space', 'https://x.test/a b/%s'],
		['an escape', 'https://x.test/\u001B]0;t\u0007/%s'],
		['no host', 'https:///%s'],
		['a number', 42],
		['a list', ['https://x.test/%s']],
	])('%s is an error that names the field', (_what, value) => {
		const loaded = load(value);
		expect(loaded.ok).toBe(false);
		if (!loaded.ok) {
			expect(loaded.errors).toHaveLength(1);
			expect(loaded.errors[0]).toMatch(
				/^r\.json: issueUrl: must be an http\(s\) URL with one %s/,
			);
		}
	});

	test('an unknown top-level field names issueUrl among the expected ones', () => {
		const loaded = loadRulesFile(
			JSON.stringify({rules: [], issueURL: 'https://x.test/%s'}),
			'r.json',
		);
		expect(loaded.ok).toBe(false);
		if (!loaded.ok) {
			expect(loaded.errors[0]).toBe(
				"r.json: unknown field 'issueURL'; expected rules, categories, issueUrl, rerun, store",
			);
		}
	});
});
