import {describe, expect, test} from 'vitest';
import {
	issueLinkOf,
	issueUrlOf,
	maximumIssueLength,
	parseIssueRef,
} from '../../source/triage/issue-link.js';

const github = 'https://github.com/org/repo/issues/%s';
const jira = 'https://jira.example.com/browse/%s';

describe('parseIssueRef', () => {
	test.each([
		['#123', '#123'],
		['  JIRA-45 ', 'JIRA-45'],
		['org/repo#7', 'org/repo#7'],
		[
			'https://github.com/org/repo/issues/9',
			'https://github.com/org/repo/issues/9',
		],
		['ЗАДАЧА-12', 'ЗАДАЧА-12'],
		['b/12345', 'b/12345'],
	])('%j is the reference %j', (text, ref) => {
		expect(parseIssueRef(text)).toEqual({ref});
	});

	test('empty or blank is no issue', () => {
		expect(parseIssueRef('')).toEqual({ref: undefined});
		expect(parseIssueRef('   ')).toEqual({ref: undefined});
	});

	test.each([
		['two words', 'JIRA 45'],
		['a tab', 'JIRA-\t45'],
		['an escape sequence', '#1\u001B]8;;https://evil.test\u0007x'],
		['a C1 control', '#1\u009B31m'],
		['a bidi override', '#1\u202Eevil'],
		['a zero-width space', 'JIRA\u200B-45'],
		['a newline', '#1\nrm -rf'],
	])('%s is refused', (_what, text) => {
		expect(parseIssueRef(text)).toHaveProperty('error');
	});

	test('a URL that is not http(s) is a plain reference; a broken http one is refused', () => {
		expect(parseIssueRef('data:text/html,x')).toEqual({
			ref: 'data:text/html,x',
		});
		expect(issueUrlOf('data:text/html,x', undefined)).toBeUndefined();
		expect(parseIssueRef('https://')).toEqual({
			error: 'that issue URL is not a valid http(s) URL',
		});
	});

	test('a paste of something long is refused', () => {
		expect(parseIssueRef('x'.repeat(maximumIssueLength))).toEqual({
			ref: 'x'.repeat(maximumIssueLength),
		});
		expect(parseIssueRef('x'.repeat(maximumIssueLength + 1))).toHaveProperty(
			'error',
		);
	});
});

describe('issueUrlOf', () => {
	test.each([
		['#123', github, 'https://github.com/org/repo/issues/123'],
		['123', github, 'https://github.com/org/repo/issues/123'],
		['JIRA-45', jira, 'https://jira.example.com/browse/JIRA-45'],
		// Another repository's issue on a forge: that repository's page (GitHub, GitLab).
		['org/other#7', github, 'https://github.com/org/other/issues/7'],
		[
			'team/api.v2#31',
			'https://gitlab.example.com/group/project/-/issues/%s',
			'https://gitlab.example.com/team/api.v2/-/issues/31',
		],
		// Everything of any other reference is encoded: it cannot leave its place in the URL.
		[
			'org/other#7x',
			github,
			'https://github.com/org/repo/issues/org%2Fother%237x',
		],
		['../..#7', github, 'https://github.com/org/repo/issues/..%2F..%237'],
		['a?b=c&d', jira, 'https://jira.example.com/browse/a%3Fb%3Dc%26d'],
		[
			'ЗАДАЧА-12',
			jira,
			'https://jira.example.com/browse/%D0%97%D0%90%D0%94%D0%90%D0%A7%D0%90-12',
		],
		['#', github, 'https://github.com/org/repo/issues/%23'],
	])('%j with %j is %j', (ref, template, url) => {
		expect(issueUrlOf(ref, template)).toBe(url);
	});

	test('a URL is its own link, whatever the template; made printable', () => {
		expect(issueUrlOf('https://tracker.test/T-1', github)).toBe(
			'https://tracker.test/T-1',
		);
		expect(issueUrlOf('https://tracker.test/ü', undefined)).toBe(
			'https://tracker.test/%C3%BC',
		);
		expect(issueUrlOf('HTTPS://Tracker.test/T-1', undefined)).toBe(
			'https://tracker.test/T-1',
		);
	});

	test("another repository's issue has no URL with a template that is no forge's", () => {
		expect(issueUrlOf('org/other#7', jira)).toBeUndefined();
		expect(issueLinkOf('org/other#7', jira)).toEqual({ref: 'org/other#7'});
	});

	test('without a template a reference has no URL', () => {
		expect(issueUrlOf('#123', undefined)).toBeUndefined();
		expect(issueLinkOf('#123', undefined)).toEqual({ref: '#123'});
	});

	test('issueLinkOf: none for no reference, else the reference and its URL', () => {
		expect(issueLinkOf(undefined, github)).toBeUndefined();
		expect(issueLinkOf('', github)).toBeUndefined();
		expect(issueLinkOf('#5', github)).toEqual({
			ref: '#5',
			url: 'https://github.com/org/repo/issues/5',
		});
	});
});
