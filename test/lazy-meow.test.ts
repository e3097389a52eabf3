import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {build, type Plugin} from 'esbuild';
import meow from 'meow';
import {afterEach, beforeAll, describe, expect, test, vi} from 'vitest';
import {flagSpecs} from '../source/cli-flags.js';
import {packageJson, usage} from '../source/cli-help.js';

type Meow = typeof meow;
type LazyMeow = {
	readonly lazyMeowPlugin: Plugin;
	readonly lazyMeowSource: (source: string) => string;
};

const root = path.resolve(import.meta.dirname, '..');
const meowBundle = fs.readFileSync(
	path.join(root, 'node_modules/meow/build/dependencies.js'),
	'utf8',
);
const {lazyMeowPlugin, lazyMeowSource} = (await import(
	pathToFileURL(path.join(root, 'scripts/lazy-meow.js')).href
)) as LazyMeow;

/** meow as the build bundles it: esbuild, with the plugin. */
let bundledMeow: Meow;
beforeAll(async () => {
	const result = await build({
		stdin: {contents: "export {default} from 'meow';", resolveDir: root},
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		write: false,
		logLevel: 'silent',
		plugins: [lazyMeowPlugin],
	});
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-lazy-meow-'));
	const file = path.join(folder, 'meow.mjs');
	fs.writeFileSync(file, result.outputFiles[0]!.text);
	bundledMeow = ((await import(pathToFileURL(file).href)) as {default: Meow})
		.default;
});

afterEach(() => {
	vi.restoreAllMocks();
});

/** process.exit, made to throw. */
class Exit extends Error {
	constructor(code: unknown) {
		super(`exit ${String(code)}`);
	}
}

/** What a meow gives for argv: its result, what it printed and how it exited (for --help and --version). */
function parse(
	which: Meow,
	argv: readonly string[],
	pkg?: Record<string, unknown>,
) {
	const printed: unknown[] = [];
	vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => {
		printed.push(values);
	});
	vi.spyOn(console, 'error').mockImplementation((...values: unknown[]) => {
		printed.push(values);
	});
	vi.spyOn(process, 'exit').mockImplementation(code => {
		throw new Exit(code);
	});
	const title = process.title;
	try {
		const cli = which(usage, {
			importMeta: import.meta,
			argv: [...argv],
			flags: flagSpecs,
			...(pkg && {pkg: structuredClone(pkg)}),
		});
		return {
			input: cli.input,
			flags: cli.flags,
			unnormalizedFlags: cli.unnormalizedFlags,
			help: cli.help,
			title: process.title,
			// Read last: meow normalises the package.json when it is read.
			pkg: cli.pkg,
			printed,
		};
	} catch (error) {
		if (error instanceof Exit) {
			return {exit: error.message, printed, title: process.title};
		}

		// meow's own complaints (a flag given twice) are part of what it does.
		return {error: String(error), printed};
	} finally {
		process.title = title;
	}
}

const commandLines: ReadonlyArray<readonly string[]> = [
	[],
	['run.log'],
	['-'],
	['a.log', 'b.log', '--shards'],
	['a.log', 'b.log', '--runs'],
	['report', 'x.log', '--out', 'r.txt'],
	['export', '--json=-', 'x.log'],
	['export', 'x.log', '--csv', 'out.csv', '--all', '--raw'],
	['export', 'x.log', '--markdown', 'out.md'],
	[
		'decide',
		'--id',
		'tests/t.py::test_a[1-2]',
		'--phase',
		'setup',
		'--category',
		'BUG',
		'--priority',
		'HIGH',
		'--note=- see JIRA-1',
		'--issue',
		'#12',
	],
	['decide', '--cluster', 'abc123', '--category', 'FLAKY'],
	['decide', '--match', '^tests/.*', '--category', 'ENV'],
	['--no-history', 'x.log'],
	['--history=false', 'x.log'],
	['--outage-threshold', '0.3', 'x.log'],
	['--outage-threshold=abc'],
	['--outage-threshold'],
	['--bogus', 'x.log'],
	['-x', 'x.log'],
	['--follow', 'x.log'],
	['--store', 'postgresql://u@h/db', '--who', 'me', 'store', 'push'],
	['--json', 'a.json', '--json', 'b.json', 'export', 'x.log'],
	['--triage', 't.jsonl', '--rules', 'r.json', 'x.log'],
	['--Triage', 'x'],
	['--triage'],
	['run', '--', 'pytest', '-x', '--tb=short'],
	['history', 'forget', '3'],
	['--version', 'x.log'],
	['--help', 'report'],
	['--help'],
	['--version'],
	['--help', '--version'],
];

describe('meow as the build bundles it, given our package.json', () => {
	test.each(commandLines.map(argv => [argv]))(
		'%j: the same flags, input, help, package and output as meow on its own',
		argv => {
			const original = parse(meow, argv);
			const bundled = parse(bundledMeow, argv, packageJson());
			expect(bundled).toEqual(original);
		},
	);

	test('--help and --version print what meow prints, and exit 0', () => {
		const help = parse(bundledMeow, ['--help'], packageJson());
		expect(help).toMatchObject({exit: 'exit 0'});
		expect(help.printed).toEqual([[`${parse(meow, []).help}`]]);
		const version = parse(bundledMeow, ['--version'], packageJson());
		expect(version).toMatchObject({
			exit: 'exit 0',
			printed: [[packageJson()!['version']]],
		});
	});

	test("the package.json meow is given is the repository's", () => {
		expect(packageJson()).toEqual(
			JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')),
		);
	});
});

describe('the plugin', () => {
	test('runs neither normalize-package-data nor @babel/code-frame on import', () => {
		const lazy = lazyMeowSource(meowBundle);
		expect(meowBundle).toContain('= requireNormalize();');
		expect(meowBundle).toContain('= requireLib$1();');
		expect(lazy).not.toContain('= requireNormalize();');
		expect(lazy).not.toContain('= requireLib$1();');
		expect(meowBundle).toContain('\npromisify(execFile);\n');
		expect(lazy).not.toContain('promisify(execFile)');
		// Only those two lines change.
		const changed = lazy
			.split('\n')
			.filter(line => !meowBundle.includes(`${line}\n`));
		expect(changed).toHaveLength(2);
	});

	test('a meow whose bundle has changed fails the build, naming the plugin', () => {
		for (const changed of [
			meowBundle.replace('var libExports = requireLib$1();', ''),
			meowBundle.replace(
				'var normalizeExports = requireNormalize();',
				'var normalizeExports = requireNormalize(); normalizeExports.x;',
			),
			`${meowBundle}\nnormalizePackageData.fixer;`,
			`${meowBundle}\nlibExports.highlight('x');`,
		]) {
			expect(() => lazyMeowSource(changed)).toThrow(
				/scripts\/lazy-meow\.js: meow's bundle has changed/,
			);
		}
	});
});
