import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {
	formatReport,
	inert,
	writeReport,
	type ReportDecision,
} from '../../source/export/report.js';
import {readLog} from '../../source/log/read.js';
import {reportKey} from '../../source/triage/journal.js';
import {makeRun, untraced} from '../classify/make-run.js';
import * as real from '../classify/real-failures.js';

const auth = 'tests/chaos/auth/test_auth_chaos.py::TestAuthChaos';
const cache = 'tests/chaos/cache/test_cache_chaos.py::TestCacheChaos';
const database =
	'tests/chaos/database/test_database_chaos.py::TestDatabaseChaos';

const refused = {
	outcome: 'error',
	failure: {
		headline: real.psycopg2ConnectionRefused.headline,
		exceptionType: real.psycopg2ConnectionRefused.exceptionType,
		traceback: real.psycopg2ConnectionRefused.traceback,
	},
} as const;

// The failed tests print no traceback, so their suggestions come from their names: one BUG, one
// ENVIRONMENT and one CONFIGURATION, beside two refused connections.
function newest() {
	return makeRun('today.log', {
		[`${auth}::test_authentication_service_outage`]: untraced('failed'),
		[`${auth}::test_concurrent_authentication_load`]: untraced('failed'),
		[`${auth}::test_login`]: 'passed',
		[`${auth}::test_logout`]: 'passed',
		[`${cache}::test_cache_stampede_prevention`]: untraced('failed'),
		[`${cache}::test_cache_hit`]: 'passed',
		[`${database}::test_transaction_rollback`]: refused,
		[`${database}::test_database_connection_pool_load`]: refused,
		[`${database}::test_read`]: 'passed',
		[`${database}::test_write`]: 'skipped',
	});
}

function yesterday() {
	return makeRun('yesterday.log', {
		[`${auth}::test_authentication_service_outage`]: 'passed',
		[`${auth}::test_concurrent_authentication_load`]: 'failed',
		[`${auth}::test_login`]: 'failed',
		[`${auth}::test_logout`]: 'passed',
		[`${cache}::test_cache_stampede_prevention`]: 'passed',
		[`${cache}::test_cache_hit`]: 'passed',
		[`${database}::test_transaction_rollback`]: 'passed',
		[`${database}::test_database_connection_pool_load`]: 'passed',
		[`${database}::test_read`]: 'passed',
		[`${database}::test_write`]: 'skipped',
	});
}

/** One section of a report: its title line up to the next section's title. */
function sectionOf(report: string, title: string): string {
	const start = report.indexOf(`\n${title}`);
	expect(start, title).toBeGreaterThan(-1);
	const next = /\n\n[A-Z][^\n]*\n-{80}\n/g;
	next.lastIndex = start + 1;
	const end = next.exec(report)?.index;
	return report.slice(start + 1, end).trimEnd();
}

describe('formatReport', () => {
	test('has the sections in order', () => {
		const report = formatReport(analyze([yesterday(), newest()]));
		const titles = [
			'SUMMARY',
			'FAILURES BY CATEGORY',
			'FAILURES BY TEST FILE',
			'FAILURES BY AREA',
			'PRIORITY MATRIX',
			'CLUSTERS',
			'FLAKY AND NEW',
			'DETAILED FAILURE ANALYSIS',
		];
		const positions = titles.map(title => report.indexOf(`\n${title}`));
		expect(positions.every(position => position > 0)).toBe(true);
		expect(positions).toEqual(positions.toSorted((a, b) => a - b));
		expect(report).not.toContain('TRIAGE PROGRESS');
	});

	test('SUMMARY counts every outcome with its share', () => {
		const summary = sectionOf(formatReport(analyze([newest()])), 'SUMMARY');
		expect(summary).toContain('Total tests:    10');
		expect(summary).toMatch(/Passed: +4 +40\.0%/);
		expect(summary).toMatch(/Failed: +3 +30\.0%/);
		expect(summary).toMatch(/Errors: +2 +20\.0%/);
		expect(summary).toMatch(/Skipped: +1 +10\.0%/);
		expect(summary).toContain('Failures to triage: 5 in 4 clusters');
	});

	test('FAILURES BY CATEGORY gives counts, shares and descriptions', () => {
		const section = sectionOf(
			formatReport(analyze([newest()])),
			'FAILURES BY CATEGORY',
		);
		expect(section).toMatch(
			/BUG +1 failure +20\.0% +The code under test is wrong/,
		);
		expect(section).toMatch(/CONFIGURATION +1 failure +20\.0%/);
		expect(section).toMatch(
			/ENVIRONMENT +3 failures +60\.0% +The machine or a service failed the test/,
		);
		// A category without failures is listed too, as the review's summary lists it.
		expect(section).toMatch(
			/^TEST_DESIGN +0 failures +0\.0% +The test itself/m,
		);
		expect(section).toMatch(/^UNKNOWN +0 failures +0\.0%/m);
	});

	test('FAILURES BY CATEGORY of a run without failures says so', () => {
		const clean = makeRun('clean.log', {'tests/test_a.py::test_one': 'passed'});
		expect(
			sectionOf(formatReport(analyze([clean])), 'FAILURES BY CATEGORY'),
		).toContain('No failures.');
	});

	test('FAILURES BY TEST FILE gives failures and the pass rate from every test of the file', () => {
		const section = sectionOf(
			formatReport(analyze([newest()])),
			'FAILURES BY TEST FILE',
		);
		const lines = section.split('\n').slice(2);
		expect(lines[0]).toMatch(
			/^tests\/chaos\/auth\/test_auth_chaos\.py +2 failures {2}\(50.0% pass rate\)$/,
		);
		expect(lines[1]).toMatch(
			/^tests\/chaos\/database\/test_database_chaos\.py +2 failures {2}\(33.3% pass rate\)$/,
		);
		expect(lines[2]).toMatch(
			/^tests\/chaos\/cache\/test_cache_chaos\.py +1 failure {3}\(50.0% pass rate\)$/,
		);
	});

	test('FAILURES BY TEST FILE: a path longer than the column loses its middle, and the counts stay in line', () => {
		const deep =
			'tests/integration/services/payments/providers/stripe/webhooks/test_signature_verification.py';
		const other =
			'tests/integration/services/payments/providers/adyen/test_refunds.py';
		const run = makeRun('long.log', {
			[`${deep}::test_a`]: 'failed',
			[`${deep}::test_b`]: 'failed',
			[`${other}::test_c`]: 'failed',
			[`${auth}::test_login`]: 'failed',
		});
		const lines = sectionOf(
			formatReport(analyze([run])),
			'FAILURES BY TEST FILE',
		)
			.split('\n')
			.slice(2);
		expect(lines).toHaveLength(3);
		const counts = lines.map(line => line.indexOf(' failure'));
		expect(new Set(counts).size).toBe(1);
		expect(counts[0]).toBeLessThanOrEqual(50 + 5);
		// The start and the file name stay, the middle goes.
		expect(lines[0]).toMatch(
			/^tests\/integr\S*…\S*\/test_signature_verification\.py +2 failures/,
		);
		expect(lines[1]).toMatch(
			/^tests\/chaos\/auth\/test_auth_chaos\.py +1 failure/,
		);
		expect(lines[2]).toMatch(
			/^tests\/integr\S*…\S*\/test_refunds\.py +1 failure/,
		);
	});

	test('FAILURES BY OWNER: an owner longer than the column loses its middle, and the counts stay in line', () => {
		const run = makeRun('owned.log', {
			[`${auth}::test_login`]: 'failed',
			[`${cache}::test_cache_hit`]: 'failed',
		});
		const report = formatReport(
			analyze([run], {
				owners: {
					file: 'CODEOWNERS',
					ownersOf: file =>
						file.includes('auth')
							? ['@example-organization/identity-and-access-management-team']
							: ['@carol'],
				},
			}),
		);
		const heads = sectionOf(report, 'FAILURES BY OWNER (CODEOWNERS)')
			.split('\n')
			.filter(line => /^\S/.test(line) && line.includes('failure'));
		expect(heads).toHaveLength(2);
		const counts = heads.map(line => line.indexOf(' failure'));
		expect(new Set(counts).size).toBe(1);
		expect(heads[1]).toMatch(/^@example\S*…\S*-team +1 failure/);
	});

	test('says when the log names only failing tests', () => {
		const run = makeRun('dots.log', {[`${auth}::test_login`]: 'failed'});
		const section = sectionOf(
			formatReport(analyze([{...run, counts: {...run.counts, passed: 99}}])),
			'FAILURES BY TEST FILE',
		);
		expect(section).not.toContain('pass rate)');
		expect(section).toContain(
			'No pass rates: this log names only the failing tests',
		);
	});

	test('FAILURES BY AREA and the PRIORITY MATRIX', () => {
		const report = formatReport(analyze([newest()]));
		expect(sectionOf(report, 'FAILURES BY AREA')).toMatch(
			/auth +2 +40\.0%\ndatabase +2 +40\.0%\ncache +1 +20\.0%/,
		);
		const matrix = sectionOf(report, 'PRIORITY MATRIX').split('\n');
		expect(matrix[2]).toMatch(/^ +HIGH +MEDIUM +LOW +Total$/);
		expect(matrix).toContainEqual(expect.stringMatching(/^BUG +1 +0 +0 +1$/));
		expect(matrix).toContainEqual(
			expect.stringMatching(/^ENVIRONMENT +2 +0 +1 +3$/),
		);
		expect(matrix).toContainEqual(
			expect.stringMatching(/^TEST_DESIGN(?: +0){4}$/),
		);
		expect(matrix.at(-1)).toMatch(/^Total +3 +1 +1 +5$/);
	});

	test('FAILURES BY AREA keeps its counts in a column past a long area name', () => {
		const run = makeRun('long-area.log', {
			'integration_tests_of_the_payments_service/test_refunds.py::test_refund':
				untraced('failed'),
			'tests/chaos/auth/test_auth_chaos.py::test_login': untraced('failed'),
		});
		const lines = sectionOf(formatReport(analyze([run])), 'FAILURES BY AREA')
			.split('\n')
			.slice(2);
		expect(lines).toEqual([
			'auth                                         1   50.0%',
			'integration_tests_of_the_payments_service    1   50.0%',
		]);
	});

	test('CLUSTERS lists the largest signatures first', () => {
		const section = sectionOf(
			formatReport(analyze([newest()]), {topClusters: 2}),
			'CLUSTERS',
		);
		const lines = section.split('\n');
		expect(lines[0]).toBe('CLUSTERS (top 2 of 4)');
		expect(lines[2]).toMatch(
			/^2 {2}[\da-f]{10} {2}psycopg2\.OperationalError: connection to server at <str>, port 5432 failed: Connection refused @ tests\/testutils\.py:connect$/,
		);
		expect(lines[3]).toMatch(
			new RegExp(
				`suggested ENVIRONMENT/HIGH; crashed at tests/testutils\\.py:\\d+ in connect; e\\.g\\. ${database}::test_transaction_rollback$`,
			),
		);
		// Masked in the signature, the same for the whole cluster: shown as it is.
		expect(lines[4]).toMatch(
			/^ +all failed with: psycopg2\.OperationalError: connection to server at "[\d.]+", port 5432 failed: Connection refused$/,
		);
		expect(section).toContain('… and 2 more clusters with 2 failures.');
	});

	test.each([
		[[], 'none'],
		[['ENVIRONMENT/LOW'], 'ENVIRONMENT/LOW (1 of 2)'],
		[['ENVIRONMENT/LOW', 'ENVIRONMENT/LOW'], 'ENVIRONMENT/LOW'],
		[['ENVIRONMENT/LOW', 'ENVIRONMENT/HIGH'], 'ENVIRONMENT'],
		[['BUG/LOW', 'ENVIRONMENT/HIGH'], 'mixed: BUG 1, ENVIRONMENT 1'],
	])(
		'CLUSTERS says what was decided on a cluster beside its suggestion: %j → %s',
		(verdicts, expected) => {
			const ids = [
				`${database}::test_transaction_rollback`,
				`${database}::test_database_connection_pool_load`,
			];
			const decisions = new Map<string, ReportDecision>(
				verdicts.map((verdict, index) => {
					const [category, priority] = verdict.split('/') as [string, string];
					return [reportKey(ids[index]!, 'setup'), {category, priority}];
				}),
			);
			const lines = sectionOf(
				formatReport(analyze([newest()]), {decisions, topClusters: 1}),
				'CLUSTERS',
			).split('\n');
			expect(lines[3]).toContain(
				`suggested ENVIRONMENT/HIGH, decided ${expected}; crashed at tests/testutils.py:`,
			);
		},
	);

	test('FLAKY AND NEW shows runs, statuses and histories only with several runs', () => {
		expect(formatReport(analyze([newest()]))).not.toContain('FLAKY AND NEW');
		const report = formatReport(analyze([yesterday(), newest()]));
		const section = sectionOf(report, 'FLAKY AND NEW (2 runs)');
		expect(section).toContain('1. yesterday.log: 2 of 9 failing (22.2%)');
		expect(section).toContain(
			'New: 4   Still failing: 1   Flaky: 0   Fixed: 1',
		);
		const rest = report.slice(report.indexOf('FLAKY AND NEW'));
		expect(rest).toContain(
			`New:\n  ${auth}::test_authentication_service_outage\n      P F`,
		);
		expect(rest).toContain(`Fixed:\n  ${auth}::test_login\n      F P`);
		expect(report).toMatch(/Status: {3}still failing; history F F/);
	});

	test('marks an outage run', () => {
		const outage = makeRun('outage.log', {
			[`${auth}::test_login`]: 'failed',
			[`${auth}::test_logout`]: 'failed',
			[`${auth}::test_x`]: 'passed',
			...Object.fromEntries(
				Array.from({length: 10}, (_, index) => [
					`${auth}::test_other_${index}`,
					'failed',
				]),
			),
		});
		const report = formatReport(analyze([outage, newest()]));
		expect(report).toContain(
			'1. outage.log: 12 of 13 failing (92.3%)  OUTAGE: most tests failed at once; not counted for flakiness',
		);
		// The newest run is no outage: the report does not open with one.
		expect(report).not.toMatch(/^OUTAGE/m);
	});

	test('DETAILED FAILURE ANALYSIS groups by category with id, file, priority, reason and headline', () => {
		const section = sectionOf(
			formatReport(analyze([newest()])),
			'DETAILED FAILURE ANALYSIS',
		);
		expect(section).toContain(
			[
				'BUG (1): The code under test is wrong: a product defect to fix.',
				'',
				`1. ${auth}::test_authentication_service_outage`,
				'   File:     tests/chaos/auth/test_auth_chaos.py',
				'   Outcome:  failed',
				'   Priority: HIGH',
				'   Reason:   matched "service_outage" in the test name — Auth service failure not handled correctly',
				'   Error:    AssertionError: test_authentication_service_outage went wrong',
			].join('\n'),
		);
		expect(section).toContain(
			'   Outcome:  error at setup\n   Priority: HIGH\n   Reason:   matched "Connection refused" in the headline — A service the test needs is not listening',
		);
		expect(section.indexOf('BUG (1)')).toBeLessThan(
			section.indexOf('CONFIGURATION (1)'),
		);
		expect(section.indexOf('CONFIGURATION (1)')).toBeLessThan(
			section.indexOf('ENVIRONMENT (3)'),
		);
	});

	test('with decisions: they win, progress is shown, stale ones are flagged', () => {
		const decisions = new Map<string, ReportDecision>([
			[
				reportKey(`${auth}::test_authentication_service_outage`, 'call'),
				{category: 'TEST_DESIGN', priority: 'LOW', note: 'the mock was wrong'},
			],
			[
				reportKey(`${database}::test_transaction_rollback`, 'setup'),
				{category: 'ENVIRONMENT', priority: 'HIGH', stale: true},
			],
			[
				reportKey('tests/gone.py::test_removed', 'call'),
				{category: 'BUG', priority: 'HIGH'},
			],
		]);
		const report = formatReport(analyze([newest()]), {decisions});
		const progress = sectionOf(report, 'TRIAGE PROGRESS');
		// As the review counts them: the stale decision needs deciding again.
		expect(progress).toMatch(/Decided: +1 of 5 {2}\(20\.0%\)/);
		expect(progress).toMatch(/Suggestion only: +3/);
		expect(progress).toMatch(
			/Stale: +1 {2}\(decided, but the error changed since/,
		);
		expect(report.indexOf('TRIAGE PROGRESS')).toBeLessThan(
			report.indexOf('FAILURES BY CATEGORY'),
		);
		expect(sectionOf(report, 'FAILURES BY CATEGORY')).toMatch(
			/^BUG +0 failures +0\.0%/m,
		);
		expect(sectionOf(report, 'FAILURES BY CATEGORY')).toMatch(
			/^TEST_DESIGN +1 failure /m,
		);
		const detail = sectionOf(report, 'DETAILED FAILURE ANALYSIS');
		expect(detail).toContain(
			'   Priority: LOW\n   Reason:   decided by a person; the suggestion was BUG/HIGH: matched "service_outage" in the test name — Auth service failure not handled correctly',
		);
		expect(detail).toContain(
			'   Source:   decided\n   Note:     the mock was wrong',
		);
		expect(detail).toContain(
			'   Source:   decided, STALE: the error changed since',
		);
		expect(detail).toContain(
			'   Source:   suggested by rule old-analyzer/cache-tuning',
		);
	});

	test('a suggestion no rule made says default, as the CSV and JSON Source do, not a rule named default', () => {
		const run = makeRun('plain.log', {
			'tests/misc/test_widget.py::test_frobnicate': untraced('failed'),
			[`${auth}::test_login`]: untraced('failed'),
		});
		const analysis = analyze([run]);
		expect(
			analysis.failures.find(
				analyzed =>
					analyzed.failure.id === 'tests/misc/test_widget.py::test_frobnicate',
			)?.suggestion.rule,
		).toBe('default');
		const decisions = new Map([
			[
				reportKey(`${auth}::test_login`, 'call'),
				{category: 'BUG', priority: 'HIGH'},
			],
		]);
		const detail = sectionOf(
			formatReport(analysis, {decisions}),
			'DETAILED FAILURE ANALYSIS',
		);
		expect(detail).toContain('   Source:   default (no rule matched)');
		expect(detail).not.toContain('suggested by rule default');
	});

	test('a decision may name a category the rules file does not know', () => {
		const decisions = new Map([
			[
				reportKey(`${auth}::test_authentication_service_outage`, 'call'),
				{category: 'LEGACY', priority: 'HIGH'},
			],
		]);
		const report = formatReport(analyze([newest()]), {decisions});
		expect(sectionOf(report, 'FAILURES BY CATEGORY')).toMatch(
			/^LEGACY +1 failure +20\.0% +\(not a configured category\)/m,
		);
		expect(sectionOf(report, 'PRIORITY MATRIX')).toMatch(
			/^LEGACY +1 +0 +0 +1$/m,
		);
	});

	test('a category name longer than the column keeps the counts in their columns', () => {
		const decisions = new Map([
			[
				reportKey(`${auth}::test_authentication_service_outage`, 'call'),
				{category: 'INFRASTRUCTURE_OUTAGE', priority: 'LOW'},
			],
		]);
		const report = formatReport(analyze([newest()]), {decisions});
		const byCategory = sectionOf(report, 'FAILURES BY CATEGORY')
			.split('\n')
			.slice(2);
		// Each count ends in the same column, whatever the name before it.
		const countEnds = byCategory.map(
			line => /^\S+ +\d+/.exec(line)?.[0].length,
		);
		expect(new Set(countEnds).size, byCategory.join('\n')).toBe(1);
		const matrix = sectionOf(report, 'PRIORITY MATRIX').split('\n').slice(2);
		const widths = new Set(matrix.map(line => line.length));
		expect(widths.size, matrix.join('\n')).toBe(1);
		expect(matrix).toContain(
			'INFRASTRUCTURE_OUTAGE        0       0       1       1',
		);
	});

	test('a run without failures', () => {
		const report = formatReport(
			analyze([makeRun('green.log', {[`${auth}::test_login`]: 'passed'})]),
		);
		expect(report).toContain('Failures to triage: 0 in 0 clusters');
		expect(sectionOf(report, 'DETAILED FAILURE ANALYSIS')).toContain(
			'No failures.',
		);
	});

	test('an incomplete run says so', () => {
		const report = formatReport(
			analyze([
				{
					...newest(),
					complete: false,
					warnings: [{line: 812, message: 'log ends inside a traceback'}],
				},
			]),
		);
		expect(report).toContain('WARNING: this run is incomplete');
		expect(report).toContain(
			'Parser warnings: 1\n  line 812: log ends inside a traceback',
		);
	});

	test('log text cannot move the cursor or retitle the terminal', () => {
		const evil = makeRun('evil.log', {
			[`${auth}::test_x[\u001B]0;owned\u0007]`]: {
				outcome: 'failed',
				failure: {headline: 'AssertionError: \u001B[2J\u001B[Hgone\r\nline'},
			},
		});
		const report = formatReport(analyze([evil]));
		expect(report).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
		expect(report).toContain('\u241B[2J\u241B[Hgone\u23CEline');
		expect(inert('a\u009Bb\tc')).toBe('a<U+009B>b  c');
	});
});

// pytest's final line says `1 failed, 1 passed, 2 errors` for three tests: one failed in call and errored in
// teardown. Its JUnit XML writes that test as two test cases.
test.each([
	'fixtures/sessions/call-and-teardown.log',
	'fixtures/sessions/call-and-teardown.xml',
])('%s: three tests, not four, with the counts pytest gives', async log => {
	const run = await readLog(log);
	const report = formatReport(analyze([run]));
	const summary = sectionOf(report, 'SUMMARY');
	expect(summary).toContain('Total tests:    3\n');
	expect(summary).toMatch(/Passed: +1 +33\.3%/);
	expect(summary).toMatch(/Failed: +1 +33\.3%/);
	expect(summary).toMatch(/Errors: +2 +66\.7%/);
	expect(summary).toContain(
		'(1 error at teardown is of a test counted above as well: pytest counts each report, not each test)',
	);
	expect(summary).toContain('Failures to triage: 3');
	const categories = sectionOf(report, 'FAILURES BY CATEGORY');
	// A category's figure counts failures (reports), so it says so.
	expect(categories).toMatch(/^BUG +1 failure +33\.3%/m);
	expect(categories).toMatch(/^TEST_DESIGN +2 failures +66\.7%/m);
});

test.each([
	'fixtures/sessions/pass-then-teardown-error.log',
	'fixtures/sessions/pass-then-teardown-error.xml',
])(
	'%s: a test that passed and then errored in teardown is no pass in the pass rate of its file',
	async log => {
		// pytest 9: `3 passed, 1 error` for three tests, one of them with a fixture that raises at teardown.
		const report = formatReport(analyze([await readLog(log)]));
		expect(sectionOf(report, 'FAILURES BY TEST FILE')).toContain(
			'1 failure   (66.7% pass rate)',
		);
	},
);

test('a teardown error that is a JUnit test case of its own (its call passed) is one test', async () => {
	const folder = await mkdtemp(path.join(tmpdir(), 'triage-report-'));
	const xml = path.join(folder, 'run.xml');
	await writeFile(
		xml,
		'<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" errors="2" failures="1" skipped="0" tests="4">' +
			'<testcase classname="test_td" name="test_both"><failure message="assert 1 == 2">E assert 1 == 2</failure></testcase>' +
			'<testcase classname="test_td" name="test_both"><error message="failed on teardown with &quot;RuntimeError: boom&quot;">E RuntimeError: boom</error></testcase>' +
			'<testcase classname="test_td" name="test_pass_td"><error message="failed on teardown with &quot;RuntimeError: boom&quot;">E RuntimeError: boom</error></testcase>' +
			'<testcase classname="test_td" name="test_ok" /></testsuite></testsuites>',
	);
	try {
		const summary = sectionOf(
			formatReport(analyze([await readLog(xml)])),
			'SUMMARY',
		);
		expect(summary).toContain('Total tests:    3\n');
		expect(summary).toContain('(1 error at teardown is of a test');
	} finally {
		await rm(folder, {recursive: true, force: true});
	}
});

test('a --collect-only run: the report says before its sections that no test ran', async () => {
	const run = await readLog('fixtures/hunt/collectonly-p9-co/run.log');
	const report = formatReport(analyze([run]));
	const said =
		'NO TEST RAN: pytest only collected the tests (--collect-only): 6 tests collected; no test ran.';
	expect(report).toContain(said);
	expect(report.indexOf(said)).toBeLessThan(report.indexOf('SUMMARY'));
	expect(formatReport(analyze([newest()]))).not.toContain('NO TEST RAN');
});

describe('writeReport', () => {
	test('writes the report a line at a time, the same text formatReport gives', () => {
		const tests: Record<string, ReturnType<typeof untraced>> = {};
		for (let index = 0; index < 2000; index++) {
			tests[`tests/test_many.py::test_case_${index}`] = untraced('failed');
		}

		const analysis = analyze([makeRun('many.log', tests)]);
		const pieces: string[] = [];
		writeReport(analysis, text => {
			pieces.push(text);
		});
		// A run of half a million failures is never one string: no piece holds more than one line.
		for (const piece of pieces) {
			expect(piece.replace(/^\n/, '')).not.toContain('\n');
		}

		expect(pieces.length).toBeGreaterThan(2000 * 7);
		expect(pieces.join('')).toBe(formatReport(analysis));
		expect(pieces.join('')).toContain(
			'2000. tests/test_many.py::test_case_1999',
		);
	});
});

test('failures whose error the log does not show are counted apart from the clusters', async () => {
	// The demo run cut before its ERRORS and FAILURES sections: 40 failing reports, none with its error.
	const {readFile} = await import('node:fs/promises');
	const demo = await readFile(path.resolve('fixtures/demo/run.log'), 'utf8');
	const folder = await mkdtemp(path.join(tmpdir(), 'triage-report-unread-'));
	const log = path.join(folder, 'run.log');
	await writeFile(log, demo.split('\n').slice(0, 150).join('\n'));
	const text = formatReport(analyze([await readLog(log)]));
	expect(text).toContain('Failures to triage: 40 in 0 clusters');
	expect(text).toMatch(
		/CLUSTERS \(0\)\n-+\n40 failures whose error the log does not show are in no cluster\.\n/,
	);
	await rm(folder, {recursive: true, force: true});
});
