/**
Confirmation runs in the history (`R` in the review): each repetition of a confirmation is a row of
`confirmation_runs`, each test's report in it a row of `confirmation_results`. They are kept apart from
`runs`: a confirmation never changes the run it confirms, nor the run diff. The verdict is not stored but
drawn from the repetitions (`classify/confirmation.ts`), so what is stored is only what pytest said.
*/

import type Database from 'better-sqlite3';
import {
	confirmationOf,
	type Confirmation,
	type RepetitionResult,
} from '../../classify/confirmation.js';
import type {Phase} from '../../log/model.js';
import {
	missingCode,
	outcomeCodes,
	outcomeOfCode,
	phaseCodes,
	phaseOfCode,
} from './schema.js';

/** A failure report being confirmed, with the error it had. */
export type ConfirmedTest = {
	readonly id: string;
	readonly phase: Phase;
	readonly signature: string;
};

/** One press of `R`: the tests, and what each repetition gave for each of them. */
export type ConfirmationBatch = {
	/** Unique per batch. */
	readonly batch: string;
	readonly command: string;
	readonly rootdir?: string;
	/** The key of the run being triaged (informational: the confirmation is not part of it). */
	readonly forRun?: string;
	/** ISO 8601. */
	readonly at: string;
	readonly tests: readonly ConfirmedTest[];
	/** In order; `results` index by the tests' order. */
	readonly repetitions: ReadonlyArray<{
		readonly log?: string;
		readonly results: readonly RepetitionResult[];
	}>;
};

type ResultRow = {
	batch: string;
	command: string;
	recorded_at: string;
	repetition: number;
	node_id: string;
	phase: number;
	base_signature: string;
	outcome: number;
	signature: string | null;
};

export function recordConfirmation(
	db: Database.Database,
	batch: ConfirmationBatch,
): void {
	const run = db
		.prepare(
			`INSERT INTO confirmation_runs (batch, repetition, repetitions, rootdir, command, log, for_run, recorded_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		)
		.pluck();
	const result = db.prepare(
		`INSERT INTO confirmation_results (confirmation_run, node_id, phase, base_signature, outcome, signature)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
	);
	for (const [index, repetition] of batch.repetitions.entries()) {
		const runId = run.get(
			batch.batch,
			index + 1,
			batch.repetitions.length,
			batch.rootdir ?? null,
			batch.command,
			repetition.log ?? null,
			batch.forRun ?? null,
			batch.at,
		) as number;
		for (const [position, test] of batch.tests.entries()) {
			const got = repetition.results[position];
			if (!got) {
				continue;
			}

			result.run(
				runId,
				test.id,
				phaseCodes[test.phase],
				test.signature,
				got.outcome === 'missing' ? missingCode : outcomeCodes[got.outcome],
				got.signature ?? null,
			);
		}
	}
}

/** Every confirmation of these tests in the history, one per batch and failure report. */
export function readConfirmations(
	db: Database.Database,
	ids: Iterable<string>,
): Confirmation[] {
	const select = db.prepare(
		`SELECT runs.batch AS batch, runs.command AS command, runs.recorded_at AS recorded_at,
			runs.repetition AS repetition, results.node_id AS node_id, results.phase AS phase,
			results.base_signature AS base_signature, results.outcome AS outcome, results.signature AS signature
		FROM confirmation_results AS results
		JOIN confirmation_runs AS runs ON runs.id = results.confirmation_run
		WHERE results.node_id = ?
		ORDER BY runs.id`,
	);
	const confirmations: Confirmation[] = [];
	// Most histories have none: a run of a hundred thousand failures is not looked up id by id for nothing.
	if (
		db.prepare('SELECT 1 FROM confirmation_results LIMIT 1').get() === undefined
	) {
		return confirmations;
	}

	for (const id of new Set(ids)) {
		const groups = new Map<string, ResultRow[]>();
		for (const row of select.iterate(id) as Iterable<ResultRow>) {
			const key = `${row.batch}\u0000${row.phase}\u0000${row.base_signature}`;
			const group = groups.get(key) ?? [];
			group.push(row);
			groups.set(key, group);
		}

		for (const rows of groups.values()) {
			const first = rows[0]!;
			const confirmation = confirmationOf(
				{
					id,
					phase: phaseOfCode[first.phase] ?? 'call',
					signature: first.base_signature,
				},
				rows
					.toSorted((a, b) => a.repetition - b.repetition)
					.map((row): RepetitionResult => ({
						outcome: outcomeOfCode[row.outcome] ?? 'missing',
						...(row.signature !== null && {signature: row.signature}),
					})),
				{at: first.recorded_at, command: first.command},
			);
			if (confirmation) {
				confirmations.push(confirmation);
			}
		}
	}

	return confirmations;
}
