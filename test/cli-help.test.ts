import fs from 'node:fs';
import path from 'node:path';
import meow from 'meow';
import {describe, expect, test} from 'vitest';
import {helpText, quickAnswer, usage} from '../source/cli-help.js';
import {flagSpecs} from '../source/cli-flags.js';

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
		[['--help', 'report']],
		[['report', '--help']],
		[['undo', '--help']],
		[['fixtures/demo/run.log', '--help']],
		[['--version', '--help']],
		[['run', '--help', '--', 'pytest']],
	])('%j prints the help, whatever the command', argv => {
		expect(quickAnswer(argv)).toBe(quickAnswer(['--help']));
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
