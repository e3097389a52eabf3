import fs from 'node:fs';
import {parse} from 'csv-parse/sync';
import {stringify} from 'csv-stringify/sync';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import {loadRulesFile} from '../../source/classify/rules/load.js';
import {csvColumns, type CsvColumn} from '../../source/csv.js';
import {writeCsv, type CsvOptions} from '../../source/export/csv.js';
import {planImport, type ImportInput} from '../../source/triage/import.js';
import type {Phase} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import {
	type Decision,
	decisionFor,
	foldEvents,
} from '../../source/triage/journal.js';
import {buildReview} from '../../source/triage/review.js';
import {makeRun, untraced} from '../classify/make-run.js';

const auth = 'tests/chaos/auth/test_auth_chaos.py::TestAuthChaos';
const outage = `${auth}::test_authentication_service_outage`;
const load = `${auth}::test_concurrent_authentication_load`;
const rollback =
	'tests/chaos/database/test_database_chaos.py::TestDatabaseChaos::test_transaction_rollback';

// No tracebacks: the suggestions come from the names (outage BUG, load ENVIRONMENT, rollback BUG).
const run = makeRun('today.log', {
	[outage]: untraced('failed'),
	[load]: untraced('failed'),
	[`${auth}::test_login`]: 'passed',
	[rollback]: untraced('error'),
});

const at = '2026-11-23T10:00:00.000Z';

function decisionsOf(...decisions: Decision[]): Map<string, Decision> {
	return new Map(decisions.map(decision => [decision.id, decision]));
}

function exported(
	decisions: ReadonlyMap<string, Decision> = new Map(),
	options: CsvOptions = {},
): string {
	const parts: string[] = [];
	writeCsv(
		buildReview(analyze([run]), decisions),
		text => {
			parts.push(text);
		},
		options,
	);
	return parts.join('');
}

/** The CSV with some cells changed, as a spreadsheet would save it (LF, no guard on what a person typed). */
function edited(
	text: string,
	edits: Array<{id: string; column: CsvColumn; value: string}>,
): string {
	const [header, ...records] = parse(text);
	const nodeId = header!.indexOf('Node ID');
	for (const edit of edits) {
		const record = records.find(cells => cells[nodeId] === edit.id);
		expect(record, edit.id).toBeDefined();
		record![header!.indexOf(edit.column)] = edit.value;
	}

	return stringify([header!, ...records]);
}

function plan(
	text: string,
	decisions: ReadonlyMap<string, Decision> = new Map(),
	extra: Partial<ImportInput> = {},
) {
	return planImport({text, decisions, ruleSet: builtInRuleSet(), ...extra});
}

function suggestionOf(id: string) {
	const row = buildReview(analyze([run]), new Map()).rows.find(
		row => row.analyzed.failure.id === id,
	)!;
	return row.analyzed;
}

describe('planImport: which rows changed', () => {
	test('an export imported as is changes nothing', () => {
		const decisions = decisionsOf({
			id: outage,
			category: 'BUG',
			priority: 'HIGH',
			note: '=1+1',
			at,
		});
		expect(plan(exported(decisions), decisions)).toEqual({
			errors: [],
			skipped: [],
			decisions: [],
			rows: 3,
		});
	});

	test('a changed category of a suggestion becomes a decision, with the failure signature', () => {
		const result = plan(
			edited(exported(), [{id: load, column: 'Category', value: 'BUG'}]),
		);
		const {suggestion, cluster} = suggestionOf(load);
		expect(result.errors).toEqual([]);
		expect(result.decisions).toEqual([
			{
				line: 3,
				input: {
					id: load,
					phase: 'call',
					category: 'BUG',
					priority: suggestion.priority,
					note: '',
					signature: cluster,
				},
				previous: {
					category: suggestion.category,
					priority: suggestion.priority,
					note: '',
					source:
						suggestion.rule === 'default'
							? 'default'
							: `rule:${suggestion.rule}`,
				},
			},
		]);
	});

	test('a note on an unchanged suggestion accepts it with the note; spelling is forgiven', () => {
		const {suggestion} = suggestionOf(rollback);
		const result = plan(
			edited(exported(), [
				{id: rollback, column: 'Note', value: 'seen twice'},
				{id: outage, column: 'Priority', value: ' low '},
				{id: outage, column: 'Category', value: 'test_design'},
			]),
		);
		expect(result.decisions.map(decision => decision.input)).toMatchObject([
			{id: outage, category: 'TEST_DESIGN', priority: 'LOW', note: ''},
			{
				id: rollback,
				category: suggestion.category,
				priority: suggestion.priority,
				note: 'seen twice',
			},
		]);
	});

	test('a decided row changes when it differs from the decision it was exported with', () => {
		const decisions = decisionsOf({
			id: outage,
			category: 'BUG',
			priority: 'HIGH',
			note: 'old note',
			at,
		});
		const result = plan(
			edited(exported(decisions), [
				{id: outage, column: 'Note', value: 'new note'},
			]),
			decisions,
		);
		expect(result.decisions).toMatchObject([
			{
				input: {
					id: outage,
					category: 'BUG',
					priority: 'HIGH',
					note: 'new note',
				},
				previous: {
					category: 'BUG',
					priority: 'HIGH',
					note: 'old note',
					source: 'manual',
				},
			},
		]);
	});

	test('the guard is undone only where the export added it', () => {
		const result = plan(
			edited(exported(), [
				{id: outage, column: 'Note', value: "'=1+1"},
				{id: load, column: 'Note', value: "'plain"},
				{id: rollback, column: 'Note', value: "''@x"},
			]),
		);
		expect(result.decisions.map(decision => decision.input.note)).toEqual([
			'=1+1',
			"'plain",
			"'@x",
		]);
	});

	test('a BOM, CRLF and a blank last line (Excel, editors) are fine', () => {
		const text = `\uFEFF${edited(exported(), [{id: load, column: 'Category', value: 'BUG'}]).replaceAll('\n', '\r\n')}\r\n`;
		const result = plan(text);
		expect(result.errors).toEqual([]);
		expect(result.decisions).toHaveLength(1);
	});

	test('columns import does not read may be deleted or moved', () => {
		const [header, ...records] = parse(
			edited(exported(), [{id: load, column: 'Category', value: 'BUG'}]),
		);
		const keep = [
			'Category',
			'Note',
			'Priority',
			'Source',
			'Status',
			'Decided At',
			'Node ID',
		];
		const indexes = keep.map(name => header!.indexOf(name));
		const text = stringify([
			keep,
			...records.map(record => indexes.map(index => record[index]!)),
		]);
		const result = plan(text);
		expect(result.errors).toEqual([]);
		expect(result.decisions.map(decision => decision.input.id)).toEqual([load]);
		expect(result.decisions[0]!.input).not.toHaveProperty('signature');
	});
});

describe('planImport: a CSV whose Priority column was deleted', () => {
	/** The CSV without one of its columns, as a spreadsheet saves it once the column is deleted. */
	function without(text: string, column: CsvColumn): string {
		const [header, ...records] = parse(text);
		const index = header!.indexOf(column);
		return stringify(
			[header!, ...records].map(cells =>
				cells.filter((_: string, at: number) => at !== index),
			),
		);
	}

	test("each report keeps the priority it has: a decision's, else the suggestion's", () => {
		const decisions = decisionsOf({
			id: outage,
			category: 'BUG',
			priority: 'LOW',
			note: '',
			at,
		});
		const {suggestion} = suggestionOf(load);
		const text = without(
			edited(exported(decisions), [
				{id: outage, column: 'Category', value: 'ENVIRONMENT'},
				{id: load, column: 'Category', value: 'TEST_DESIGN'},
			]),
			'Priority',
		);
		expect(text.split('\n')[0]).not.toContain('Priority');
		const result = plan(text, decisions);
		expect(result.errors).toEqual([]);
		expect(result.decisions.map(decision => decision.input)).toMatchObject([
			{id: outage, category: 'ENVIRONMENT', priority: 'LOW'},
			{id: load, category: 'TEST_DESIGN', priority: suggestion.priority},
		]);
	});

	test('imported as is, it changes nothing', () => {
		const decisions = decisionsOf({
			id: outage,
			category: 'BUG',
			priority: 'LOW',
			note: 'kept',
			at,
		});
		expect(
			plan(without(exported(decisions), 'Priority'), decisions),
		).toMatchObject({errors: [], skipped: [], decisions: []});
	});
});

describe('planImport: a spreadsheet that saves with another separator', () => {
	// Excel whose list separator is ';' (most of Europe) saves "CSV UTF-8" with semicolons; "Unicode text" has tabs;
	// some tools write a first line `sep=;` for Excel. Each is read as the comma-separated file it was exported as.
	const edits = [
		{id: load, column: 'Category' as const, value: 'BUG'},
		{id: outage, column: 'Note' as const, value: 'a; b, "c"\tand a tab'},
	];

	test.each([
		['semicolons', ';', ''],
		['tabs', '\t', ''],
		['semicolons named by sep=;', ';', 'sep=;\r\n'],
		['a pipe named by sep=|', '|', 'sep=|\r\n'],
	])('%s', (_name, delimiter, first) => {
		const commas = plan(edited(exported(), edits));
		expect(commas.errors).toEqual([]);
		expect(commas.decisions).toHaveLength(2);
		const records: string[][] = parse(edited(exported(), edits));
		const text = `\uFEFF${first}${stringify(records, {delimiter, record_delimiter: '\r\n'})}`;
		const other = plan(text);
		expect(other.errors).toEqual([]);
		// The same decisions, each a line further down after a sep= line.
		const shift = first === '' ? 0 : 1;
		expect(other.decisions).toEqual(
			commas.decisions.map(decision => ({
				...decision,
				line: decision.line + shift,
			})),
		);
	});

	test('a header that none of the three splits into the columns says what is missing, as before', () => {
		expect(plan('File|Node ID|Status\na|b|c\n').errors[0]).toMatchObject({
			line: 1,
			message: expect.stringMatching(/^missing columns 'Node ID', 'Status'/),
		});
	});
});

describe('planImport: the journal moved on since the export', () => {
	test('a suggestion row over a decision made after the export: unedited is kept quietly, edited is skipped', () => {
		const csv = exported();
		const later = decisionsOf(
			{id: outage, category: 'ENVIRONMENT', priority: 'LOW', note: '', at},
			{id: load, category: 'ENVIRONMENT', priority: 'LOW', note: '', at},
		);
		const result = plan(
			edited(csv, [{id: load, column: 'Category', value: 'BUG'}]),
			later,
		);
		expect(result.errors).toEqual([]);
		expect(result.decisions).toEqual([]);
		expect(result.skipped).toEqual([
			{
				line: 3,
				message: `${load}: decided at ${at} (ENVIRONMENT/LOW), after this export: not overwritten; export again to edit it`,
			},
		]);
	});

	test('a Decided At a spreadsheet rewrote in its own date format is said to be that, not a later decision', () => {
		const first = decisionsOf({
			id: outage,
			category: 'BUG',
			priority: 'HIGH',
			note: '',
			at,
		});
		const csv = edited(exported(first), [
			{id: outage, column: 'Priority', value: 'LOW'},
			{id: outage, column: 'Decided At', value: '23/11/2026 10:00'},
		]);
		// As a US spreadsheet writes it, to the minute: Date.parse reads it as a time, not the export's.
		const us = edited(exported(first), [
			{id: outage, column: 'Priority', value: 'LOW'},
			{id: outage, column: 'Decided At', value: '11/23/2026 10:01'},
		]);
		expect(plan(us, first).skipped[0]!.message).toContain(
			'its Decided At (11/23/2026 10:01) is not the time the export wrote',
		);
		expect(plan(csv, first).skipped).toEqual([
			{
				line: 2,
				message: `${outage}: its Decided At (23/11/2026 10:00) is not the time the export wrote (${at}), so edits made since cannot be told apart: not imported; keep that column as text in the spreadsheet, or export again`,
			},
		]);
	});

	test('a decided row whose decision was made again, or cleared, is skipped', () => {
		const first = decisionsOf({
			id: outage,
			category: 'BUG',
			priority: 'HIGH',
			note: '',
			at,
		});
		const csv = edited(exported(first), [
			{id: outage, column: 'Priority', value: 'LOW'},
		]);
		const again = decisionsOf({
			id: outage,
			category: 'BUG',
			priority: 'MEDIUM',
			note: '',
			at: '2026-11-24T09:00:00.000Z',
		});
		expect(plan(csv, again).skipped).toEqual([
			{
				line: 2,
				message: `${outage}: decided again at 2026-11-24T09:00:00.000Z (BUG/MEDIUM), after this export: not imported; export again to edit it`,
			},
		]);
		expect(plan(csv, new Map()).skipped[0]!.message).toContain(
			'no longer in the triage file',
		);
		// Already what the journal says: nothing to do, nothing to report.
		const same = decisionsOf({
			id: outage,
			category: 'BUG',
			priority: 'LOW',
			note: '',
			at: '2026-11-24T09:00:00.000Z',
		});
		expect(plan(csv, same)).toMatchObject({skipped: [], decisions: []});
	});
});

describe('planImport: bad rows stop the whole import', () => {
	test('unknown categories and priorities, each by the line its row starts on', () => {
		const csv = edited(exported(), [
			{id: outage, column: 'Note', value: 'two\nlines\nof note'},
			{id: outage, column: 'Category', value: 'BUG'},
			{id: load, column: 'Category', value: 'BUGG'},
			{id: rollback, column: 'Priority', value: ''},
		]);
		const result = plan(csv);
		expect(result.decisions).toEqual([]);
		expect(result.errors).toEqual([
			{
				line: 5,
				message: `${load}: unknown category 'BUGG' (expected BUG, CONFIGURATION, ENVIRONMENT, TEST_DESIGN, UNKNOWN)`,
			},
			{
				line: 6,
				message: `${rollback}: Priority is empty (expected HIGH, MEDIUM, LOW)`,
			},
		]);
	});

	test("a team's categories from its rules file", () => {
		const loaded = loadRulesFile(
			JSON.stringify({
				categories: [{name: 'INFRA', key: 'i', description: 'CI machines'}],
				rules: [],
			}),
			'triage.rules.json',
		);
		expect(loaded.ok).toBe(true);
		if (!loaded.ok) {
			return;
		}

		const csv = edited(exported(), [
			{id: load, column: 'Category', value: 'INFRA'},
		]);
		expect(plan(csv).errors).toHaveLength(1);
		expect(
			plan(csv, new Map(), {ruleSet: loaded.ruleSet}).decisions,
		).toMatchObject([{input: {id: load, category: 'INFRA'}}]);
	});

	test.each<
		[string, Array<{id: string; column: CsvColumn; value: string}>, RegExp]
	>([
		[
			'an edited key',
			[{id: load, column: 'Node ID', value: `${auth}::test_other`}],
			/Node ID does not match File and Test Name/,
		],
		[
			'an empty key',
			[{id: load, column: 'Node ID', value: ''}],
			/Node ID is empty/,
		],
		[
			'an unknown Source',
			[{id: load, column: 'Source', value: 'me'}],
			/unknown Source 'me'/,
		],
		[
			'a rule the rules do not have',
			[{id: load, column: 'Source', value: 'rule:gone'}],
			/rule 'gone', which the rules in effect do not have/,
		],
		[
			'an unknown Status',
			[{id: load, column: 'Status', value: 'BROKEN'}],
			/unknown Status 'BROKEN'/,
		],
	])('%s', (_name, edits, message) => {
		const result = plan(
			edited(exported(), [
				{id: outage, column: 'Category', value: 'BUG'},
				...edits,
			]),
		);
		expect(result.decisions).toEqual([]);
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0]!.line).toBe(3);
		expect(result.errors[0]!.message).toMatch(message);
	});

	test('a node id that is not a failure of the run given', () => {
		const csv = exported();
		const known = new Map([
			[outage, ['call' as const]],
			[rollback, ['setup' as const]],
		]);
		expect(plan(csv, new Map(), {knownReports: known}).errors).toEqual([
			{
				line: 3,
				message: `${load}: unknown Node ID: not a failure of the run given`,
			},
		]);
	});

	test('--all exports: passing rows are ignored unless someone decided on them', () => {
		const csv = exported(new Map(), {all: true});
		expect(plan(csv)).toMatchObject({errors: [], decisions: [], rows: 4});
		const result = plan(
			edited(csv, [
				{id: `${auth}::test_login`, column: 'Category', value: 'BUG'},
			]),
		);
		expect(result.errors).toEqual([
			{
				line: 4,
				message: `${auth}::test_login: a PASSED test takes no decision; only FAILED and ERROR rows do`,
			},
		]);
	});

	test('two rows of one report (copied in the spreadsheet): one decision from both, unless they edit one cell differently', () => {
		const [header, ...records] = parse(exported());
		const column = (name: CsvColumn) => csvColumns.indexOf(name);
		// The second report of the test (say, a teardown error) with another suggested priority.
		const teardown = [...records[0]!];
		teardown[column('Source')] = records[1]![column('Source')]!;
		teardown[column('Category')] = records[1]![column('Category')]!;
		teardown[column('Priority')] = records[1]![column('Priority')]!;
		const csv = (
			first: Record<string, string>,
			second: Record<string, string>,
		) => {
			const one = [...records[0]!];
			const two = [...teardown];
			for (const [name, value] of Object.entries(first)) {
				one[column(name as CsvColumn)] = value;
			}

			for (const [name, value] of Object.entries(second)) {
				two[column(name as CsvColumn)] = value;
			}

			return stringify([header!, one, ...records.slice(1), two]);
		};

		// Both categories filled down to TEST_DESIGN; the priorities stay as suggested (HIGH, LOW).
		expect(
			plan(
				csv({Category: 'TEST_DESIGN'}, {Category: 'TEST_DESIGN'}),
			).decisions.map(decision => decision.input),
		).toMatchObject([
			{id: outage, category: 'TEST_DESIGN', priority: 'HIGH', note: ''},
		]);
		// Imported again: the decision is there, both rows agree with it.
		const filled = csv({Category: 'TEST_DESIGN'}, {Category: 'TEST_DESIGN'});
		const [imported] = plan(filled).decisions;
		expect(
			plan(
				filled,
				decisionsOf({...imported!.input, at: '2026-11-24T09:00:00.000Z'}),
			),
		).toMatchObject({errors: [], skipped: [], decisions: []});
		// A category on one row, a note on the other.
		expect(
			plan(
				csv({Category: 'TEST_DESIGN'}, {Note: 'flaky teardown'}),
			).decisions.map(decision => decision.input),
		).toMatchObject([
			{
				id: outage,
				category: 'TEST_DESIGN',
				priority: 'HIGH',
				note: 'flaky teardown',
			},
		]);
		expect(
			plan(csv({Category: 'TEST_DESIGN'}, {Category: 'CONFIGURATION'})).errors,
		).toEqual([
			{
				line: 5,
				message: `${outage}: category edited differently on lines 2 ('TEST_DESIGN') and 5 ('CONFIGURATION'); one report takes one decision`,
			},
		]);
	});

	test('not a CSV of ours, or not CSV at all', () => {
		expect(plan('')).toMatchObject({
			errors: [{line: 1, message: expect.stringMatching(/^empty file/)}],
		});
		expect(plan('File;Test Name;Status\na;b;c\n').errors[0]).toMatchObject({
			line: 1,
			message: expect.stringMatching(
				/^missing columns 'Node ID', 'Status'.*not separated by commas, semicolons or tabs$/,
			),
		});
		expect(plan('id,colour,size\na,b,c\n')).toMatchObject({
			isFileProblem: true,
			errors: [
				{
					line: 1,
					message: expect.stringMatching(
						/^missing columns 'Node ID', 'Status', 'Category', 'Note', 'Source', 'Decided At'; unknown columns 'id', 'colour', 'size': /,
					),
				},
			],
		});
		expect(plan('Node ID,Node ID\n').errors[0]!.message).toBe(
			"column 'Node ID' appears twice",
		);
		// A file of one huge line (base64, a minified JSON): the error stays a line, not the whole file.
		const huge = 'x'.repeat(4_000_000);
		const [unknownHuge] = plan(`${huge}\n`).errors;
		expect(unknownHuge!.message.length).toBeLessThan(300);
		expect(unknownHuge!.message).toContain(
			`unknown column '${'x'.repeat(40)}…'`,
		);
		const [twiceHuge] = plan(`${huge},${huge}\n`).errors;
		expect(twiceHuge!.message).toBe(
			`column '${'x'.repeat(40)}…' appears twice`,
		);
		// Saved by a spreadsheet whose list separator is ';' or a tab, a quoted cell broken: said as CSV, on its line.
		for (const separator of [';', '\t']) {
			const edited = `${csvColumns.join(separator)}\na${separator}"b;\tc"d${separator}e\n`;
			expect(plan(edited).errors).toEqual([
				{
					line: 2,
					message: expect.stringMatching(
						/^not valid CSV: Invalid Closing Quote/,
					),
				},
			]);
		}

		const broken = plan(`${csvColumns.join(',')}\n"unclosed,quote\n`);
		expect(broken.errors[0]!.message).toMatch(/^not valid CSV: /);
		const ragged = plan(`${csvColumns.join(',')}\na,b\n`);
		expect(ragged.errors[0]).toMatchObject({
			line: 2,
			message: expect.stringMatching(/Invalid Record Length/),
		});
	});
});

describe('planImport: a decision per failure report', () => {
	// Its test_fail_and_teardown failed in its call and errored in its teardown.
	const id = 'tests/test_main.py::test_fail_and_teardown';

	async function teardownEdited() {
		const analysis = analyze([await readLog('fixtures/pytest9/v/run.log')]);
		const parts: string[] = [];
		writeCsv(buildReview(analysis, new Map()), text => {
			parts.push(text);
		});
		const [header, ...records] = parse(parts.join(''));
		const column = (name: CsvColumn) => header!.indexOf(name);
		const rows = records.filter(record => record[column('Node ID')] === id);
		expect(rows.map(record => record[column('Phase')])).toEqual([
			'call',
			'teardown',
		]);
		// Its suggestion is TEST_DESIGN (a fixture failed at teardown): a person says otherwise.
		rows[1]![column('Category')] = 'ENVIRONMENT';
		// What `triage import FILE.csv LOG` knows: the phases of each test's failure reports.
		const knownReports = new Map<string, Phase[]>();
		for (const {failure} of analysis.failures) {
			knownReports.set(failure.id, [
				...(knownReports.get(failure.id) ?? []),
				failure.phase,
			]);
		}

		return {header: header!, records, column, knownReports};
	}

	test('an edited teardown ERROR row decides the teardown error only', async () => {
		const {header, records} = await teardownEdited();
		const result = planImport({
			text: stringify([header, ...records]),
			decisions: new Map(),
			ruleSet: builtInRuleSet(),
		});
		expect(result.errors).toEqual([]);
		expect(result.decisions.map(decision => decision.input)).toMatchObject([
			{id, phase: 'teardown', category: 'ENVIRONMENT'},
		]);
		const state = foldEvents(
			result.decisions.map(decision => ({
				t: 'decide' as const,
				...decision.input,
				at: '2026-11-24T10:00:00.000Z',
			})),
		).state();
		expect(decisionFor(state, id, 'call')).toBeUndefined();
		expect(decisionFor(state, id, 'teardown')?.category).toBe('ENVIRONMENT');
	});

	test('a CSV from before the Phase column: the run given tells setup from teardown', async () => {
		const {header, records, column, knownReports} = await teardownEdited();
		const phase = column('Phase');
		const old = [header, ...records].map(record =>
			record.filter((_cell, index) => index !== phase),
		);
		const text = stringify(old);
		const without = planImport({
			text,
			decisions: new Map(),
			ruleSet: builtInRuleSet(),
		});
		expect(without.errors).toMatchObject([
			{
				message: expect.stringMatching(
					/Phase is empty: an ERROR row of a test/,
				),
			},
		]);
		const withRun = planImport({
			text,
			decisions: new Map(),
			ruleSet: builtInRuleSet(),
			knownReports,
		});
		expect(withRun.errors).toEqual([]);
		expect(withRun.decisions.map(decision => decision.input)).toMatchObject([
			{id, phase: 'teardown', category: 'ENVIRONMENT'},
		]);
	});
});

describe("planImport: pytest's own collection error, whose Node ID is empty", () => {
	test('its exported row comes back as a decision on the empty id, at collect', async () => {
		const analysis = analyze([
			await readLog('fixtures/hunt/nestconf-p7-q/run.log'),
		]);
		const parts: string[] = [];
		writeCsv(buildReview(analysis, new Map()), text => {
			parts.push(text);
		});
		const [header, ...records] = parse(parts.join(''));
		const column = (name: CsvColumn) => header!.indexOf(name);
		expect(records).toHaveLength(1);
		expect(records[0]![column('Node ID')]).toBe('');
		records[0]![column('Category')] = 'BUG';
		const planned = plan(stringify([header!, ...records]), new Map(), {
			knownReports: new Map([['', ['collect']]]),
		});
		expect(planned.errors).toEqual([]);
		expect(planned.decisions).toMatchObject([
			{input: {id: '', phase: 'collect', category: 'BUG'}},
		]);
	});
});

describe('planImport: a file that is plainly no CSV', () => {
	test.each([
		['fixtures/demo/run.log', 'a pytest log'],
		['fixtures/hunt/qsprint-p9-qs/run.xml', 'an XML file'],
	])("%s is named as %s, not given the CSV reader's words", (file, what) => {
		const planned = plan(fs.readFileSync(file, 'utf8'));
		expect(planned.decisions).toEqual([]);
		expect(JSON.stringify(planned.errors)).toContain(
			`${what}, not a CSV: import takes the CSV that triage export --csv wrote`,
		);
	});
});
