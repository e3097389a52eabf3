/**
Before and after a change to the rules: the rule, category and priority triage suggests for every failing report
of every recorded log and JUnit XML (plain or gzipped) under `fixtures/`, `test/` and `../shared/fixtures/real/`,
written as a TSV, and the difference between two such TSVs. See README.md in this folder.

	node --import=tsx test/classify/acceptance/compare.ts record OUT.tsv [FOLDER…]
	node --import=tsx test/classify/acceptance/compare.ts diff BEFORE.tsv AFTER.tsv
*/

import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';

/** One failing report's suggestion: the key (file, id, phase, occurrence) and what triage said. */
export type Suggested = {
	readonly file: string;
	readonly id: string;
	readonly phase: string;
	/** 0 for the first report of this id and phase in the file, 1 for the next… */
	readonly occurrence: number;
	readonly rule: string;
	readonly category: string;
	readonly priority: string;
};

export type Comparison = {
	readonly files: number;
	readonly before: number;
	readonly after: number;
	/** Reports in both whose rule, category or priority differ. */
	readonly changed: ReadonlyArray<{
		readonly before: Suggested;
		readonly after: Suggested;
	}>;
	readonly onlyBefore: readonly Suggested[];
	readonly onlyAfter: readonly Suggested[];
};

const header = 'file\tid\tphase\toccurrence\trule\tcategory\tpriority';

/** Tabs, line feeds and backslashes in a field are escaped, so that every report is one line of seven fields. */
function escapeField(text: string): string {
	return text
		.replaceAll('\\', '\\\\')
		.replaceAll('\t', '\\t')
		.replaceAll('\n', '\\n')
		.replaceAll('\r', '\\r');
}

function unescapeField(text: string): string {
	return text.replaceAll(/\\([\\tnr])/g, (_, code: string) =>
		code === 't' ? '\t' : code === 'n' ? '\n' : code === 'r' ? '\r' : '\\',
	);
}

export function toTsv(rows: readonly Suggested[]): string {
	const lines = rows.map(row =>
		[
			row.file,
			row.id,
			row.phase,
			String(row.occurrence),
			row.rule,
			row.category,
			row.priority,
		]
			.map(field => escapeField(field))
			.join('\t'),
	);
	return [header, ...lines].join('\n') + '\n';
}

export function fromTsv(text: string): Suggested[] {
	const lines = text.split('\n').filter(line => line !== '');
	if (lines[0] !== header) {
		throw new Error(
			'not a TSV written by compare.ts record (its header differs)',
		);
	}

	return lines.slice(1).map((line, index) => {
		const fields = line.split('\t').map(field => unescapeField(field));
		if (fields.length !== 7) {
			throw new Error(`line ${index + 2}: ${fields.length} fields, 7 expected`);
		}

		const [file, id, phase, occurrence, rule, category, priority] = fields as [
			string,
			string,
			string,
			string,
			string,
			string,
			string,
		];
		return {
			file,
			id,
			phase,
			occurrence: Number(occurrence),
			rule,
			category,
			priority,
		};
	});
}

function keyOf(row: Suggested): string {
	return [row.file, row.id, row.phase, row.occurrence].join('\0');
}

export function compare(
	before: readonly Suggested[],
	after: readonly Suggested[],
): Comparison {
	const afterByKey = new Map(after.map(row => [keyOf(row), row]));
	const beforeKeys = new Set(before.map(row => keyOf(row)));
	const changed: Array<{before: Suggested; after: Suggested}> = [];
	const onlyBefore: Suggested[] = [];
	for (const row of before) {
		const other = afterByKey.get(keyOf(row));
		if (!other) {
			onlyBefore.push(row);
		} else if (
			other.rule !== row.rule ||
			other.category !== row.category ||
			other.priority !== row.priority
		) {
			changed.push({before: row, after: other});
		}
	}

	const onlyAfter = after.filter(row => !beforeKeys.has(keyOf(row)));
	const files = new Set([...before, ...after].map(row => row.file)).size;
	return {
		files,
		before: before.length,
		after: after.length,
		changed,
		onlyBefore,
		onlyAfter,
	};
}

function describeRow(row: Suggested): string {
	return `${row.rule} ${row.category} ${row.priority}`;
}

export function describeComparison(comparison: Comparison): string {
	const lines = [
		`${comparison.files} files; ${comparison.before} failing reports before, ${comparison.after} after; ${comparison.changed.length} changed (rule, category or priority), ${comparison.onlyBefore.length} only before, ${comparison.onlyAfter.length} only after`,
	];
	const categoryOrPriority = comparison.changed.filter(
		({before, after}) =>
			before.category !== after.category || before.priority !== after.priority,
	).length;
	lines.push(
		`${categoryOrPriority} of the changed have another category or priority; ${comparison.changed.length - categoryOrPriority} changed rule only`,
	);
	for (const {before, after} of comparison.changed) {
		lines.push(
			`changed\t${before.file}\t${before.id} [${before.phase}]\t${describeRow(before)} -> ${describeRow(after)}`,
		);
	}

	for (const row of comparison.onlyBefore) {
		lines.push(
			`only before\t${row.file}\t${row.id} [${row.phase}]\t${describeRow(row)}`,
		);
	}

	for (const row of comparison.onlyAfter) {
		lines.push(
			`only after\t${row.file}\t${row.id} [${row.phase}]\t${describeRow(row)}`,
		);
	}

	return lines.join('\n') + '\n';
}

const recorded = /\.(?:log|xml)(?:\.gz)?$/;

/** Every recorded log and XML under the folders, sorted, skipping node_modules. */
export function recordedFiles(folders: readonly string[]): string[] {
	const found: string[] = [];
	const walk = (folder: string): void => {
		for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
			const full = path.join(folder, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'node_modules') {
					walk(full);
				}
			} else if (entry.isFile() && recorded.test(entry.name)) {
				found.push(full);
			}
		}
	};

	for (const folder of folders) {
		if (fs.existsSync(folder)) {
			walk(folder);
		}
	}

	return found.toSorted();
}

/** Each file read and analysed alone; files that are not a readable test log are counted, not recorded. */
export async function suggestionsOf(
	files: readonly string[],
	root: string,
): Promise<{rows: Suggested[]; unreadable: number}> {
	const rows: Suggested[] = [];
	let unreadable = 0;
	for (const file of files) {
		let run;
		try {
			run = await readLog(file);
		} catch {
			unreadable++;
			continue;
		}

		const seen = new Map<string, number>();
		for (const {failure, suggestion} of analyze([run]).failures) {
			const slot = `${failure.id}\0${failure.phase}`;
			const occurrence = seen.get(slot) ?? 0;
			seen.set(slot, occurrence + 1);
			rows.push({
				file: path.relative(root, file).split(path.sep).join('/'),
				id: failure.id,
				phase: failure.phase,
				occurrence,
				rule: suggestion.rule,
				category: suggestion.category,
				priority: suggestion.priority,
			});
		}
	}

	return {rows, unreadable};
}

async function main(argv: readonly string[]): Promise<number> {
	const root = path.resolve(import.meta.dirname, '../../..');
	const [command, ...rest] = argv;
	if (command === 'record' && rest.length > 0) {
		const [out, ...folders] = rest as [string, ...string[]];
		const chosen =
			folders.length > 0
				? folders
				: ['fixtures', 'test', '../shared/fixtures/real'].map(folder =>
						path.join(root, folder),
					);
		const files = recordedFiles(chosen);
		const {rows, unreadable} = await suggestionsOf(files, root);
		fs.writeFileSync(out, toTsv(rows));
		const withFailures = new Set(rows.map(row => row.file)).size;
		process.stdout.write(
			`${files.length} files read (${unreadable} not a readable log), ${withFailures} with failures, ${rows.length} failing reports: ${out}\n`,
		);
		return 0;
	}

	if (command === 'diff' && rest.length === 2) {
		const [before, after] = rest.map(file =>
			fromTsv(fs.readFileSync(file, 'utf8')),
		) as [Suggested[], Suggested[]];
		process.stdout.write(describeComparison(compare(before, after)));
		return 0;
	}

	process.stderr.write(
		'usage: compare.ts record OUT.tsv [FOLDER…] | compare.ts diff BEFORE.tsv AFTER.tsv\n',
	);
	return 2;
}

if (
	process.argv[1] &&
	import.meta.url === pathToFileURL(process.argv[1]).href
) {
	try {
		process.exitCode = await main(process.argv.slice(2));
	} catch (error) {
		process.stderr.write(`compare.ts: ${(error as Error).message}\n`);
		process.exitCode = 1;
	}
}
