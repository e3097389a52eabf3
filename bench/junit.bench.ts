/**
JUnit XML (issue 10): triage reading a 100 MB pytest-style XML report against Python's
`xml.etree.ElementTree.iterparse` merely reading the same file, in the same run (commands taken in turn);
peak RSS. Target: at least as fast, under 300 MB.

- the reader alone: `readLog` in a fresh process (bench/read.ts bundled into bench/out/, so that no
  TypeScript loader is timed): the process's wall and CPU time and peak RSS, and the read's own seconds;
- the XML reader alone (`bench/read.ts --xml-only`): the same file through source/log/xml/ with nothing built
  from its events, which says how much of the read is the XML and how much the run made of it;
- the whole `triage export --json`: the reader, the classification and the JSON output;
- iterparse: the default `end` events, each element cleared once read, as a streaming reader does. Being
  expat with a C tree builder, it checks the XML as strictly as triage's reader and builds every element with
  its attributes and text, but keeps nothing (the cleared elements stay in the root: its RSS); it works out
  no ids, outcomes or failures. It is the bare cost of reading the XML in the language the old tools used.

The XML is written from the bench's generated console log (`chaos-100mb`, read by triage): every report a
`<testcase classname="tests.chaos.auth.test_x.TestY" name="test_z[p]" time="…">`, failures and errors with
their message and traceback, skips with theirs, captured output as `<system-out>`. It is cached in
bench/out/ beside the log it comes from.
*/
import {existsSync, mkdirSync, statSync, writeFileSync} from 'node:fs';
import {open} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import type {Failure, Run} from '../source/log/model.js';
import {readLog} from '../source/log/read.js';
import {
	type BenchSection,
	type LogSpec,
	commandRow,
	noHistory,
	formatBytes,
	formatCount,
	formatRatio,
	formatSeconds,
	formatTable,
	type CommandResult,
	timeInterleaved,
} from './lib.js';

const spec: LogSpec = {
	name: 'chaos-100mb',
	bytes: 100e6,
	options: {failRatio: 0.1, seed: 1},
	label: '-v --tb=short, 10% failing',
};

function escapeXml(text: string): string {
	return (
		text
			.replaceAll('&', '&amp;')
			.replaceAll('<', '&lt;')
			.replaceAll('>', '&gt;')
			.replaceAll('"', '&quot;')
			// XML 1.0 has no place for most C0 controls: pytest writes them as \#x1B;.
			.replaceAll(
				/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g,
				character => `#x${character.charCodeAt(0).toString(16).toUpperCase()}`,
			)
	);
}

/**
`tests/chaos/auth/test_x.py::TestY::test_z[p]` as pytest's XML names it: classname and name. As pytest's
`mangle_test_address`, the parameters are set aside before the id is split at `::` (`test_z[a::b]` is one name).
*/
function namesOf(id: string): {classname: string; name: string} {
	const bracket = id.indexOf('[');
	const params = bracket === -1 ? '' : id.slice(bracket);
	const parts = (bracket === -1 ? id : id.slice(0, bracket)).split('::');
	parts[parts.length - 1] += params;
	const file = parts[0]!.replace(/\.py$/, '').replaceAll('/', '.');
	const name = parts.at(-1)!;
	const classes = parts.slice(1, -1);
	return {classname: [file, ...classes].join('.'), name};
}

function resultElement(failure: Failure): string {
	const tag = failure.outcome === 'error' ? 'error' : 'failure';
	const message = escapeXml(
		failure.phase === 'setup' || failure.phase === 'teardown'
			? `failed on ${failure.phase} with "${failure.headline}"`
			: failure.headline,
	);
	return `<${tag} message="${message}">${escapeXml(failure.traceback)}</${tag}>`;
}

/** Writes `run` as pytest's JUnit XML would have it; returns the bytes written. */
export async function writeJunit(run: Run, file: string): Promise<number> {
	const handle = await open(file, 'w');
	let bytes = 0;
	let batch = '';
	const flush = async () => {
		bytes += Buffer.byteLength(batch);
		await handle.write(batch);
		batch = '';
	};

	const failuresById = new Map<string, Failure[]>();
	for (const failure of run.failures) {
		const list = failuresById.get(failure.id) ?? [];
		list.push(failure);
		failuresById.set(failure.id, list);
	}

	const {counts} = run;
	batch += `<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" errors="${counts.error}" failures="${counts.failed}" skipped="${counts.skipped + counts.xfailed}" tests="${run.tests.length}" time="4321.000" timestamp="2026-11-23T10:00:00.000000+00:00" hostname="ci-runner">`;
	try {
		for (let index = 0; index < run.tests.length; index++) {
			const id = run.tests.idAt(index);
			if (index > 0 && run.tests.isSameIdAs(index, index - 1)) {
				// A second report (a teardown error) is an element inside its test's, as pytest writes it.
				continue;
			}

			const {classname, name} = namesOf(id);
			const time = ((index * 7919) % 2000) / 1000;
			const head = `\n<testcase classname="${escapeXml(classname)}" name="${escapeXml(name)}" time="${time.toFixed(3)}"`;
			const outcome = run.tests.outcomeAt(index);
			const failures = failuresById.get(id);
			if (failures) {
				const captured = failures
					.flatMap(failure => failure.captured)
					.map(section => section.text)
					.join('\n');
				batch += `${head}>${failures.map(failure => resultElement(failure)).join('')}${captured ? `<system-out>${escapeXml(captured)}</system-out>` : ''}</testcase>`;
			} else if (outcome === 'skipped' || outcome === 'xfailed') {
				batch += `${head}><skipped type="${outcome === 'xfailed' ? 'pytest.xfail' : 'pytest.skip'}" message="${outcome === 'xfailed' ? 'expected to fail' : 'not on this platform'}">tests/conftest.py:12: skipped</skipped></testcase>`;
			} else {
				batch += `${head} />`;
			}

			if (batch.length >= 1 << 20) {
				await flush();
			}
		}

		batch += '\n</testsuite></testsuites>\n';
		await flush();
	} finally {
		await handle.close();
	}

	return bytes;
}

const iterparse = [
	'import sys',
	'import xml.etree.ElementTree as ET',
	'count = 0',
	'for event, element in ET.iterparse(sys.argv[1]):',
	'    count += 1',
	'    element.clear()',
	'print(count)',
].join('\n');

/** bench/read.ts bundled into `outDir` (as dist/cli.js is bundled): a read in a fresh process with no TypeScript loader. */
async function bundledRead(outDir: string): Promise<string> {
	const outfile = path.join(outDir, 'read.mjs');
	await build({
		entryPoints: [
			path.join(path.dirname(fileURLToPath(import.meta.url)), 'read.ts'),
		],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		outfile,
		external: ['better-sqlite3', 're2js'],
		logLevel: 'warning',
		banner: {
			js: "import {createRequire as __triageCreateRequire} from 'node:module'; const require = __triageCreateRequire(import.meta.url);",
		},
	});
	return outfile;
}

/** `a` against iterparse: how many times as fast, by wall time and by CPU time. */
function versusIterparse(a: CommandResult, python: CommandResult): string {
	if (!a.ok || !python.ok) {
		return '';
	}

	const cpu =
		a.cpuSeconds !== undefined && python.cpuSeconds !== undefined
			? `, cpu ${formatRatio(python.cpuSeconds, a.cpuSeconds)}`
			: '';
	return `${formatRatio(python.seconds, a.seconds)} as fast as iterparse${cpu}`;
}

function loadAverage(): string {
	return os
		.loadavg()
		.map(load => load.toFixed(2))
		.join(' ');
}

export const sections: BenchSection[] = [
	{
		name: 'junit',
		description:
			'JUnit XML of the 100 MB log: triage reading it, and export --json, against Python iterparse reading it (target: as fast, RSS < 300 MB)',
		async run(context) {
			const {print, root} = context;
			const log = await context.log(spec);
			mkdirSync(context.outDir, {recursive: true});
			const xml = path.join(context.outDir, `${spec.name}.xml`);
			if (
				!existsSync(xml) ||
				statSync(xml).mtimeMs < statSync(log.file).mtimeMs
			) {
				print(`  writing ${path.relative(root, xml)} from ${log.relative}…`);
				const run = await readLog(log.file);
				await writeJunit(run, xml);
			}

			const bytes = statSync(xml).size;
			const triage = path.join(context.outDir, 'junit-triage.jsonl');
			writeFileSync(triage, '');
			const cli = path.join(root, 'dist/cli.js');
			const reader = await bundledRead(context.outDir);
			const loadBefore = loadAverage();
			const [read, xmlOnly, json, python] = await timeInterleaved(
				[
					{
						command: process.execPath,
						args: [reader, xml],
						options: {cwd: root, measureRss: true},
					},
					{
						command: process.execPath,
						args: [reader, '--xml-only', xml],
						options: {cwd: root, measureRss: true},
					},
					{
						command: process.execPath,
						args: [
							cli,
							'export',
							xml,
							'--json',
							'/dev/null',
							'--triage',
							triage,
						],
						options: {cwd: root, env: noHistory, measureRss: true},
					},
					{
						command: 'python3',
						args: ['-c', iterparse, xml],
						options: {cwd: root, measureRss: true},
					},
				],
				context.runs,
			);
			let readItself = '';
			if (read!.ok) {
				try {
					const figures = JSON.parse(
						read!.stdout.trim().split('\n').at(-1)!,
					) as {seconds: number};
					readItself = `; the read itself ${formatSeconds(figures.seconds)} (last run)`;
				} catch {
					readItself = '; bench/read.ts printed no figures';
				}
			}

			print(
				`  ${path.relative(root, xml)}: ${formatBytes(bytes)}, ${formatCount(log.tests)} tests; whole processes, medians of ${context.runs} runs taken in turn; load average ${loadBefore} before, ${loadAverage()} after`,
			);
			for (const line of formatTable(
				[
					commandRow(
						'triage read (readLog), fresh process',
						bytes,
						read!,
						`${versusIterparse(read!, python!)}${readItself}`,
					),
					commandRow(
						'triage XML reader alone, nothing built',
						bytes,
						xmlOnly!,
						versusIterparse(xmlOnly!, python!),
					),
					commandRow(
						'triage export --json',
						bytes,
						json!,
						versusIterparse(json!, python!),
					),
					commandRow('python iterparse, reading', bytes, python!, ''),
				],
				['left', 'right', 'right', 'right', 'left', 'left'],
			)) {
				print(`    ${line}`);
			}
		},
	},
];
