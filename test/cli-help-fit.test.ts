/**
`--help` on a terminal is fitted to its width: at 80 columns the terminal's own wrapping cut words in two (`review
the` / `m as they run`), the first thing a new user reads. Piped, it is printed as written.
*/
import {expect, test} from 'vitest';
import {fitHelp, quickAnswer} from '../source/cli-help.js';
import {commandsWithHelp} from '../source/commands/help-texts.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

test.each([
	...[80, 100].map(columns => [['--help'], columns] as const),
	...commandsWithHelp.map(command => [[command, '--help'], 80] as const),
])(
	'%j at %i columns: every line fits, every word whole and in its place',
	(argv, columns) => {
		const help = quickAnswer(argv)!;
		const fitted = fitHelp(help, columns);
		const tooWide = fitted.split('\n').filter(line => line.length > columns);
		expect(tooWide).toEqual([]);
		expect(words(fitted)).toEqual(words(help));
	},
);

test('the explanation goes on at its column, not at the start of the line', () => {
	const fitted = fitHelp(quickAnswer(['--help'])!, 80).split('\n');
	const at = fitted.findIndex(line =>
		line.startsWith('    $ triage run -- COMMAND…'),
	);
	expect(fitted[at]).toBe(
		'    $ triage run -- COMMAND…             run the tests (pytest …) and review',
	);
	expect(fitted[at + 1]).toMatch(/^ {41}them as they run; exits with the/);
});

test('not a terminal, or one narrower than 40 columns: as written', () => {
	const help = quickAnswer(['--help'])!;
	expect(fitHelp(help, undefined)).toBe(help);
	expect(fitHelp(help, 30)).toBe(help);
	expect(fitHelp(help, 200)).toBe(help);
});
