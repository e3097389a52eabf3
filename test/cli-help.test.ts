import fs from 'node:fs';
import path from 'node:path';
import meow from 'meow';
import {describe, expect, test} from 'vitest';
import {helpText, quickAnswer, usage} from '../source/cli-help.js';
import {flagSpecs} from '../source/cli-flags.js';
import {commandsWithHelp} from '../source/commands/help-texts.js';

const packageJson = JSON.parse(
	fs.readFileSync(path.join(import.meta.dirname, '../package.json'), 'utf8'),
) as {version: string; description: string};

describe('--help and --version without the commands', () => {
	test('the help is what meow prints for the same text', () => {
		const cli = meow(usage, {importMeta: import.meta, argv: []});
		expect(helpText(packageJson.description)).toBe(cli.help);
		expect(quickAnswer(['--help'])).toBe(`${cli.help}\n`);
	});

	test("the version is the package's", () => {
		expect(quickAnswer(['--version'])).toBe(`${packageJson.version}\n`);
	});

	test.each([
		[['fixtures/demo/run.log', '--help']],
		[['--version', '--help']],
		[['--triage', 'report', '--help']],
		[['reportt', '--help']],
	])('%j prints the whole help', argv => {
		expect(quickAnswer(argv)).toBe(quickAnswer(['--help']));
	});

	test('`triage help [COMMAND]` is --help, unless a log is named help', () => {
		const isFile = () => false;
		expect(quickAnswer(['help'], isFile)).toBe(quickAnswer(['--help']));
		expect(quickAnswer(['help', 'export'], isFile)).toBe(
			quickAnswer(['export', '--help']),
		);
		expect(quickAnswer(['help'], name => name === 'help')).toBeUndefined();
		expect(quickAnswer(['help', 'a.log', 'b.log'], isFile)).toBeUndefined();
	});

	test.each([
		[['--help', 'report'], 'report'],
		[['report', '--help'], 'report'],
		[['undo', '--help'], 'undo'],
		[['--triage', 'x.jsonl', 'decide', '--help'], 'decide'],
		[['--all', 'export', '--help'], 'export'],
		[['run', '--help', '--', 'pytest'], 'run'],
	])('%j prints the help of %s alone', (argv, command) => {
		const answer = quickAnswer(argv)!;
		expect(answer).not.toBe(quickAnswer(['--help']));
		expect(answer).toContain(`$ triage ${command} `);
		expect(answer.match(/\$ triage /g)).toHaveLength(2);
	});

	test.each(commandsWithHelp)(
		'%s: its usage is its lines of the whole help, its flags are explained there as in its own',
		command => {
			const whole = quickAnswer(['--help'])!;
			const own = quickAnswer([command, '--help'])!;
			const usageLines = own
				.slice(own.indexOf('Usage\n') + 6, own.indexOf('\n\n  Options'))
				.split('\n');
			expect(whole).toContain(usageLines.join('\n'));
			const options = own.slice(
				own.indexOf('Options\n'),
				own.indexOf('\n\n', own.indexOf('Options\n')),
			);
			// A flag that means something else to each command (--all) shows only its own part there.
			const explanationColumn = '    --all             '.length;
			for (const line of options.split('\n').slice(1)) {
				expect(whole).toContain(line.slice(0, explanationColumn));
				expect(whole).toContain(line.slice(explanationColumn));
			}

			expect(own).toContain('Example\n');
			// The flags every command takes, said even where its Options leave them out (QA 39).
			expect(own.replaceAll('\n  ', ' ')).toContain(
				'--triage, --rules, --store and --who go with every command',
			);
		},
	);

	test.each([
		['decide', '(decide) list every report decided, not only the first 10'],
		['undo', '(undo) list every report undone, not only the first 10'],
		['export', '(export --csv) every test the log names, not only failures'],
	])('%s --help says what --all does to it, and only that', (command, text) => {
		const own = quickAnswer([command, '--help'])!;
		const lines = own.split('\n');
		const all = lines.findIndex(line => line.startsWith('    --all '));
		expect(lines[all]).toBe(`    --all             ${text}`);
		// The next line is another flag's, not a part of --all's meant for another command.
		expect(lines[all + 1]).toMatch(/^ {4}--/);
		expect(quickAnswer(['--help'])).toContain(text);
	});

	test.each([
		[[]],
		[['fixtures/demo/run.log']],
		[['report', '--version']],
		[['run', '--', 'pytest', '--help']],
	])('%j is left to the commands', argv => {
		expect(quickAnswer(argv)).toBeUndefined();
	});
});

test('the Options of --help explain every flag the command line takes', () => {
	const options = usage.slice(usage.indexOf('Options'));
	const explained = new Set(
		[...options.matchAll(/^\s+--([a-z-]+)/gm)].map(match => match[1]),
	);
	const flags = Object.entries(flagSpecs).map(([name, spec]) => {
		const kebab = name.replaceAll(
			/[A-Z]/g,
			letter => `-${letter.toLowerCase()}`,
		);
		// A flag that is on by default is told by its --no- form.
		return 'default' in spec && spec.default ? `no-${kebab}` : kebab;
	});
	expect(flags.filter(flag => !explained.has(flag))).toEqual([]);
});
