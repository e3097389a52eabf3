/**
`triage import FILE.csv [LOG…]`: decisions edited in a spreadsheet, back into the triage journal as
one action (`triage undo` reverts the whole import). With the LOGs the CSV was exported from, node
ids that are not failures of the newest run are reported too. See `triage/import.ts` for which rows
count as changed.
*/

import path from 'node:path';
import process from 'node:process';
import {Buffer} from 'node:buffer';
import {
	IrregularFileError,
	readRegularFile,
	unreadableReason,
} from '../files.js';
import type {Phase} from '../log/model.js';
import {namedId} from '../log/sanitize.js';
import {inert} from '../export/report.js';
import {inTimeOrder} from '../runs/time-order.js';
import {groupRuns} from '../runs/group.js';
import {readLogs} from '../runs/read-logs.js';
import {loadRules} from '../rules-file.js';
import {openDecisions, storeOf} from '../open-decisions.js';
import {UsageError} from '../usage-error.js';
import {planImport} from '../triage/import.js';
import {isErrorKnown} from '../triage/review.js';
import {signatureOf} from '../classify/signature.js';
import {reportKey, type DecisionJournal} from '../triage/journal.js';
import {plural} from '../text.js';
import type {CommandIo} from './export.js';

export type ImportFlags = {
	readonly triage?: string;
	readonly rules?: string;
	/** `--store URL`: the decisions go to a team's store. */
	readonly store?: string;
	readonly who?: string;
};

/** A CSV of a million rows is far below this; a file above it is not an export of ours. */
const maximumCsvBytes = 256 * 1024 * 1024;

/** Stdin up to `maximumCsvBytes`: `triage import - < /dev/zero` must not fill the memory. */
async function readBounded(stream: NodeJS.ReadableStream): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of stream) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		total += bytes.length;
		if (total > maximumCsvBytes) {
			throw new UsageError(
				`stdin: more than ${maximumCsvBytes / 1024 / 1024} MB: not a CSV from \`triage export --csv\``,
			);
		}

		chunks.push(bytes);
	}

	return Buffer.concat(chunks, total);
}

/**
UTF-8 unless a byte-order mark says UTF-16: Excel's "Unicode Text" (tab-separated) is UTF-16, little-endian, with
its mark.
*/
function encodingOf(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return 'utf-16le';
	}

	return bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf8';
}

async function readCsv(file: string, io: CommandIo): Promise<string> {
	let bytes: Uint8Array;
	if (file === '-') {
		bytes = await readBounded(io.stdin ?? process.stdin);
	} else {
		try {
			bytes = readRegularFile(
				path.resolve(io.cwd ?? process.cwd(), file),
				maximumCsvBytes,
			);
		} catch (error) {
			if (error instanceof IrregularFileError) {
				throw new UsageError(`${file}: ${error.message}`);
			}

			const code = (error as NodeJS.ErrnoException).code;
			throw new UsageError(
				`${file}: ${code === 'EISDIR' ? 'is a directory' : unreadableReason(error)}`,
			);
		}
	}

	try {
		return new TextDecoder(encodingOf(bytes), {fatal: true}).decode(bytes);
	} catch {
		throw new UsageError(
			`${file}: not UTF-8 or UTF-16 text (save the spreadsheet as "CSV UTF-8")`,
		);
	}
}

/**
Exit code 0 when the file was read (imported, or nothing changed), 2 when any row is bad (nothing
imported). Throws UsageError for bad usage, LogError or JournalError.
*/
export async function importCommand(
	files: readonly string[],
	flags: ImportFlags,
	io: CommandIo = {},
): Promise<number> {
	const [first, ...logs] = files;
	if (first === undefined) {
		throw new UsageError('import needs a FILE.csv (see triage --help)');
	}

	const csvFile: string = first;

	if (csvFile === '-' && logs.includes('-')) {
		throw new UsageError('only one of FILE.csv and LOG can be read from stdin');
	}

	const cwd = io.cwd ?? process.cwd();
	const stdout =
		io.stdout ??
		((text: string) => {
			process.stdout.write(text);
		});
	const stderr =
		io.stderr ??
		((text: string) => {
			process.stderr.write(text);
		});
	const text = await readCsv(csvFile, io);
	const ruleSet = loadRules({rules: flags.rules, cwd});
	const triageName = flags.triage ?? 'triage.jsonl';
	const journal = await openDecisions(
		{
			...(flags.triage !== undefined && {triage: flags.triage}),
			...(flags.who !== undefined && {who: flags.who}),
			cwd,
			now: io.now ?? (() => new Date()),
		},
		storeOf(
			{...(flags.store !== undefined && {store: flags.store}), cwd},
			ruleSet,
		),
	);
	try {
		return await importInto(journal);
	} finally {
		await journal.close?.();
	}

	async function importInto(journal: DecisionJournal): Promise<number> {
		let knownReports: Map<string, Phase[]> | undefined;
		let run: string | undefined;
		const unknownErrors = new Map<string, string>();
		if (logs.length > 0) {
			const read = await readLogs({
				logs,
				// Importing never records a run: no content hash to take.
				hash: false,
				...(io.stdin && {stdin: io.stdin}),
				now: io.now ?? (() => new Date()),
			});
			// The newest as it ran, as the export that wrote the CSV read it.
			const newest = inTimeOrder(groupRuns(read.logs)).runs.at(-1)!;
			knownReports = new Map();
			for (const failure of newest.failures) {
				const {id, phase} = failure;
				// The CSV's Cluster cell is empty for these (they are in no cluster), but `decide` keeps their
				// signature, so that a decision made before the log showed the error turns stale once it does.
				if (!isErrorKnown(failure)) {
					unknownErrors.set(reportKey(id, phase), signatureOf(failure).hash);
				}

				const known = knownReports.get(id);
				if (known) {
					known.push(phase);
				} else {
					knownReports.set(id, [phase]);
				}
			}

			run = newest.source;
		}

		const plan = planImport({
			text,
			decisions: journal.state(),
			ruleSet,
			...(knownReports && {knownReports}),
			...(run !== undefined && {run}),
			unknownErrors,
		});
		const where = (line: number) =>
			`${csvFile === '-' ? 'stdin' : csvFile}:${line}`;
		if (plan.isFileProblem) {
			// Not a row's problem: no rows were read, and one line says why.
			const [problem] = plan.errors;
			stderr(
				`triage: ${inert(`${where(problem!.line)}: ${problem!.message}`)}\n`,
			);
			return 2;
		}

		if (plan.errors.length > 0) {
			for (const problem of plan.errors) {
				stderr(`${inert(`${where(problem.line)}: ${problem.message}`)}\n`);
			}

			stderr(
				`triage: nothing imported from ${inert(csvFile)}: ${plural(plan.errors.length, 'bad row')}; fix ${plan.errors.length === 1 ? 'it' : 'them'} and import again\n`,
			);
			return 2;
		}

		for (const problem of plan.skipped) {
			stderr(`${inert(`${where(problem.line)}: ${problem.message}`)}\n`);
		}

		if (plan.decisions.length > 0) {
			await journal.decideMany(plan.decisions.map(decision => decision.input));
		}

		for (const {line, input, previous} of plan.decisions) {
			const note = input.note === '' ? '' : ` "${input.note}"`;
			// A test failing and erroring in teardown has two rows of one id: say which one this is, as the
			// Markdown does.
			const phaseText =
				input.phase === undefined || input.phase === 'call'
					? ''
					: ` (${input.phase} error)`;
			const was =
				previous.source === 'manual'
					? `${previous.category}/${previous.priority}${previous.note === '' ? '' : ` "${previous.note}"`}, manual`
					: `${previous.category}/${previous.priority}, ${previous.source}`;
			stdout(
				`${inert(`${where(line)}: ${namedId(input.id)}${phaseText}: ${input.category}/${input.priority}${note} (was ${was})`)}\n`,
			);
		}

		const skippedText =
			plan.skipped.length > 0
				? `; ${plural(plan.skipped.length, 'row')} not imported (see above)`
				: '';
		stdout(
			plan.decisions.length > 0
				? `Imported ${plural(plan.decisions.length, 'decision')} from ${inert(csvFile)} into ${inert(triageName)} (one step: triage undo reverts it)${skippedText}\n`
				: `No changes in ${inert(csvFile)}: nothing imported${skippedText}\n`,
		);
		return 0;
	}
}
