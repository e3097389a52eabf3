import {parse} from 'csv-parse/sync';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {confirmationOf} from '../../source/classify/confirmation.js';
import {
	csvColumns,
	guardCell,
	unguardCell,
	type CsvColumn,
} from '../../source/csv.js';
import {writeCsv, type CsvOptions} from '../../source/export/csv.js';
import {readLog} from '../../source/log/read.js';
import {escapeControls} from '../../source/log/sanitize.js';
import type {Run} from '../../source/log/model.js';
import type {Decision} from '../../source/triage/journal.js';
import {buildReview, rowWith, type Review} from '../../source/triage/review.js';
import {makeRun} from '../classify/make-run.js';

const auth = 'tests/chaos/auth/test_auth_chaos.py::TestAuthChaos';
const database =
	'tests/chaos/database/test_database_chaos.py::TestDatabaseChaos';

function decision(
	id: string,
	fields: Partial<Decision> = {},
): [string, Decision] {
	return [
		id,
		{
			id,
			category: 'BUG',
			priority: 'HIGH',
			note: '',
			at: '2026-11-23T10:00:00.000Z',
			...fields,
		},
	];
}

function reviewOf(
	runs: readonly Run[],
	decisions: ReadonlyArray<[string, Decision]> = [],
): Review {
	return buildReview(analyze(runs), new Map(decisions));
}

function csvOf(review: Review, options: CsvOptions = {}): string {
	const parts: string[] = [];
	writeCsv(
		review,
		text => {
			parts.push(text);
		},
		options,
	);
	return parts.join('');
}

/** Parsed with csv-parse's default (strict) options, as objects by column name. */
function rowsOf(text: string): Array<Record<CsvColumn, string>> {
	const [header, ...records] = parse(text);
	expect(header).toEqual([...csvColumns]);
	return records.map(
		record =>
			Object.fromEntries(
				header!.map((name, index) => [name, record[index]!]),
			) as Record<CsvColumn, string>,
	);
}

const formulaStart = /^[=+\-@\t\r]/;

describe('formula guard', () => {
	test.each([
		['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
		['+1', "'+1"],
		['-2', "'-2"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tx', "'\tx"],
		['\rx', "'\rx"],
		["'=x", "''=x"],
		["'hello", "'hello"],
		['a=b', 'a=b'],
		['', ''],
		// OWASP: importers trim these before the trigger.
		[' =1+1', "' =1+1"],
		['\u00A0=1+1', "'\u00A0=1+1"],
		['\u3000=1+1', "'\u3000=1+1"],
		['"=1+1', `'"=1+1`],
		["'  @x", "''  @x"],
		['\n=1+1', "'\n=1+1"],
		['\u200B=1+1', "'\u200B=1+1"],
		['\uFEFF=1+1', "'\uFEFF=1+1"],
		['\uFF1D1+1', "'\uFF1D1+1"],
		['\uFF0B1', "'\uFF0B1"],
		['\uFF0D1', "'\uFF0D1"],
		['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
		['  text = 1', '  text = 1'],
	])('%j → %j', (value, guarded) => {
		expect(guardCell(value)).toBe(guarded);
		expect(unguardCell(guarded)).toBe(value);
	});

	test('unguard undoes guard for every string, and a guarded cell never starts a formula', () => {
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.constantFrom(
						'=',
						'+',
						'-',
						'@',
						'\t',
						'\r',
						"'",
						'a',
						' ',
						'"',
						'\n',
						'\u00A0',
						'\u3000',
						'\u200B',
						'\uFEFF',
						'\uFF1D',
						'\uFF0D',
					),
				}),
				value => {
					const guarded = guardCell(value);
					expect(unguardCell(guarded)).toBe(value);
					expect(guarded).not.toMatch(formulaStart);
				},
			),
		);
	});
});

describe('writeCsv', () => {
	const today = makeRun('today.log', {
		[`${auth}::test_authentication_service_outage`]: 'failed',
		[`${auth}::test_login`]: 'passed',
		[`${database}::test_transaction_rollback`]: 'error',
		[`${database}::test_read`]: 'passed',
		[`${database}::test_write`]: 'skipped',
	});
	const yesterday = makeRun('yesterday.log', {
		[`${auth}::test_authentication_service_outage`]: 'passed',
		[`${auth}::test_login`]: 'failed',
		[`${database}::test_transaction_rollback`]: 'error',
		[`${database}::test_read`]: 'passed',
		[`${database}::test_write`]: 'skipped',
	});

	test('the header, then one row per failure of the newest run, CRLF between records', () => {
		const text = csvOf(reviewOf([yesterday, today]));
		expect(text.startsWith(`${csvColumns.join(',')}\r\n`)).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		const rows = rowsOf(text);
		expect(rows.map(row => [row['Node ID'], row.Status])).toEqual([
			[`${auth}::test_authentication_service_outage`, 'FAILED'],
			[`${database}::test_transaction_rollback`, 'ERROR'],
		]);
		expect(rows[0]).toMatchObject({
			File: 'tests/chaos/auth/test_auth_chaos.py',
			'Test Name': 'TestAuthChaos::test_authentication_service_outage',
			Area: 'auth',
			Headline: 'AssertionError: test_authentication_service_outage went wrong',
			Note: '',
			Stale: 'no',
			Flaky: 'no',
			'Run Status': 'new',
			'Decided At': '',
		});
		expect(rows[0]!.Source).toMatch(/^rule:|^default$/);
		expect(rows[0]!.Reason).not.toBe('');
		expect(rows[0]!.Cluster).toMatch(/^[\da-f]{10}$/);
		expect(rows[1]!['Run Status']).toBe('still failing');
	});

	test('Decided By, the last column, names who decided when the journal records it', () => {
		const outage = `${auth}::test_authentication_service_outage`;
		const rollback = `${database}::test_transaction_rollback`;
		const review = reviewOf(
			[today],
			[decision(outage, {by: 'ada'}), decision(rollback)],
		);
		expect(csvColumns.at(-1)).toBe('Decided By');
		const rows = rowsOf(csvOf(review));
		expect(rows.map(row => [row['Node ID'], row['Decided By']])).toEqual([
			[outage, 'ada'],
			[rollback, ''],
		]);
		// A name is a cell like any other: guarded against formulas.
		const [guarded] = rowsOf(
			csvOf(reviewOf([today], [decision(outage, {by: '=cmd'})])),
		);
		expect(guarded!['Decided By']).toBe("'=cmd");
		const all = rowsOf(csvOf(review, {all: true}));
		expect(
			all.find(row => row['Node ID'] === `${auth}::test_login`)?.['Decided By'],
		).toBe('');
	});

	test('a decision wins over the suggestion, and the row says so', () => {
		const id = `${auth}::test_authentication_service_outage`;
		const review = reviewOf(
			[today],
			[
				decision(id, {
					category: 'ENVIRONMENT',
					priority: 'LOW',
					note: 'the IdP was down',
				}),
			],
		);
		const [row] = rowsOf(csvOf(review));
		expect(row).toMatchObject({
			Category: 'ENVIRONMENT',
			Priority: 'LOW',
			Reason: 'Manual decision: the IdP was down',
			Source: 'manual',
			Note: 'the IdP was down',
			Stale: 'no',
			'Decided At': '2026-11-23T10:00:00.000Z',
		});
	});

	test('a decision on an earlier error is stale', () => {
		const id = `${auth}::test_authentication_service_outage`;
		const review = reviewOf(
			[today],
			[decision(id, {signature: 'something else'})],
		);
		const [row] = rowsOf(csvOf(review));
		expect(row).toMatchObject({
			Stale: 'yes',
			Reason: 'Manual decision (made before the error changed)',
		});
	});

	test('--all: every test in log order; tests that did not fail leave the triage columns empty', () => {
		const rows = rowsOf(csvOf(reviewOf([yesterday, today]), {all: true}));
		expect(
			rows.map(row => [row['Node ID'], row.Status, row['Run Status']]),
		).toEqual([
			[`${auth}::test_authentication_service_outage`, 'FAILED', 'new'],
			[`${auth}::test_login`, 'PASSED', 'fixed'],
			[`${database}::test_transaction_rollback`, 'ERROR', 'still failing'],
			[`${database}::test_read`, 'PASSED', ''],
			[`${database}::test_write`, 'SKIPPED', ''],
		]);
		const passed = rows[1]!;
		const triageColumns: CsvColumn[] = [
			'Category',
			'Priority',
			'Reason',
			'Headline',
			'Source',
			'Note',
			'Stale',
			'Cluster',
			'Decided At',
		];
		for (const column of triageColumns) {
			expect(passed[column], column).toBe('');
		}

		expect(passed).toMatchObject({
			Area: 'auth',
			Flaky: 'no',
			'Test Name': 'TestAuthChaos::test_login',
		});
	});

	test('Flaky says yes for a failure that, run again (R), did not fail every time, as Confirmed says', () => {
		const review = reviewOf([today]);
		const [row] = review.rows;
		const {failure, cluster} = row!.analyzed;
		const confirmation = confirmationOf(
			{id: failure.id, phase: failure.phase, signature: cluster},
			[{outcome: 'failed', signature: cluster}, {outcome: 'passed'}],
			{at: '2026-12-01T15:00:00.000Z', command: 'python3 -m pytest'},
		)!;
		const confirmed = {
			...review,
			rows: [rowWith(row!, {...row!.analyzed, confirmation})],
		};
		expect(rowsOf(csvOf(review))[0]).toMatchObject({Flaky: 'no'});
		expect(rowsOf(csvOf(confirmed))[0]).toMatchObject({
			Flaky: 'yes',
			Confirmed: 'reproduced 1/2 (flaky)',
		});
	});

	test('quotes, commas and line breaks are quoted (RFC 4180), a lone LF included; a lone CR is made visible', () => {
		const id = `${auth}::test_authentication_service_outage`;
		const note = 'a "quoted", value\nline two\rline three\r\nline four';
		const text = csvOf(reviewOf([today], [decision(id, {note})]));
		expect(text).toContain(
			String.raw`"a ""quoted"", value` +
				'\nline two' +
				String.raw`\x0d` +
				'line three\r\nline four"',
		);
		const [row] = rowsOf(text);
		expect(row!.Note).toBe(escapeControls(note));
	});

	test('controls, bidi and zero-width characters are written as escapes; tab, LF and CRLF stay', () => {
		const id = `${auth}::test_authentication_service_outage`;
		const note =
			'bs\b esc\u001B[2J csi\u009B2J osc\u009D0;t\u0007 bidi\u202E zw\u200B\u200D\u2060\uFEFF tab\tlf\ncrlf\r\n';
		const text = csvOf(reviewOf([today], [decision(id, {note})]));
		expect(text).not.toMatch(
			/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/,
		);
		expect(text).not.toMatch(/\r(?!\n)/);
		const [row] = rowsOf(text);
		expect(row!.Note).toBe(
			String.raw`bs\x08 esc\x1b[2J csi\x9b2J osc\x9d0;t\x07 bidi\u202e zw\u200b\u200d\u2060\ufeff tab` +
				'\tlf\ncrlf\r\n',
		);
	});

	test('a collection error (node id = file) has an empty Test Name', async () => {
		const run = makeRun('collect.log', {'tests/test_broken.py': 'error'});
		const [row] = rowsOf(csvOf(reviewOf([run])));
		expect(row).toMatchObject({
			File: 'tests/test_broken.py',
			'Test Name': '',
			'Node ID': 'tests/test_broken.py',
		});
	});

	test('batches: 1,000 rows stream in several writes and parse back in order', () => {
		const tests = Object.fromEntries(
			Array.from({length: 1000}, (_, index) => [
				`tests/test_many.py::test_${index}`,
				'failed' as const,
			]),
		);
		const parts: string[] = [];
		writeCsv(reviewOf([makeRun('many.log', tests)]), text => {
			parts.push(text);
		});
		expect(parts.length).toBeGreaterThan(3);
		const rows = rowsOf(parts.join(''));
		expect(rows.map(row => row['Test Name'])).toEqual(
			Object.keys(tests).map(id => id.slice('tests/test_many.py::'.length)),
		);
	});
});

describe('a hostile log', () => {
	const hostileNotes: Record<string, string> = {
		'tests/test_hostile.py::test_formula[+1]': '=1+1\nsecond line, "quoted"',
		'+1/test_plus.py::test_leading_plus': '\tleading tab',
		'tests/test_hostile.py::test_newline_message': '\r=carriage return',
		'tests/test_hostile.py::test_formula[-2]': "'=already quoted",
		'@SUM(A1)/test_at.py::test_leading_at': '@SUM(A1)',
	};

	async function hostileReview(): Promise<Review> {
		const run = await readLog('fixtures/hostile/run.log');
		expect(run.complete).toBe(true);
		expect(run.failures).toHaveLength(9);
		return reviewOf(
			[run],
			Object.entries(hostileNotes).map(([id, note]) => decision(id, {note})),
		);
	}

	test('parses back with a strict parser; no cell starts a formula unless guarded; the values are the originals', async () => {
		const review = await hostileReview();
		const guarded = parse(csvOf(review));
		const raw = parse(csvOf(review, {raw: true}));
		expect(guarded).toHaveLength(review.rows.length + 1);
		expect(raw).toHaveLength(guarded.length);
		let guardedCells = 0;
		for (const [rowIndex, record] of guarded.entries()) {
			expect(record).toHaveLength(csvColumns.length);
			for (const [column, cell] of record.entries()) {
				expect(
					cell,
					`row ${rowIndex} column ${csvColumns[column]}`,
				).not.toMatch(formulaStart);
				const original = raw[rowIndex]![column]!;
				expect(unguardCell(cell)).toBe(original);
				if (cell !== original) {
					guardedCells++;
					expect(cell).toBe(`'${original}`);
				}
			}
		}

		// Ids, files, areas, headlines and notes that start with =, +, -, @, tab or CR.
		expect(guardedCells).toBeGreaterThanOrEqual(12);

		// The raw cells are exactly what the log and the journal say.
		const byId = new Map(raw.slice(1).map(record => [record[6]!, record]));
		for (const row of review.rows) {
			const {failure} = row.analyzed;
			const record = byId.get(failure.id)!;
			expect(record[0]! + (record[1] ? `::${record[1]}` : '')).toBe(failure.id);
			expect(record[8]).toBe(escapeControls(failure.headline));
			expect(record[10]).toBe(escapeControls(hostileNotes[failure.id] ?? ''));
		}

		expect([...byId.keys()]).toContain(
			'tests/test_hostile.py::test_formula[=HYPERLINK("http://x")]',
		);
		expect([...byId.keys()]).toContain(
			'tests/test_hostile.py::test_quotes[say "hi", then, go]',
		);
		expect(raw.slice(1).map(record => record[8])).toContain(
			'=HYPERLINK("http://x", "click me")',
		);
	});
});
