import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {
	type Counts,
	type GenerateOptions,
	generateLogText,
	parseSize,
	testsForSize,
	writeLog,
} from '../../bench/generate.js';

const root = path.resolve(
	path.dirname(fileURLToPath(import.meta.url)),
	'../..',
);

// What the test knows about pytest's output, written independently of the generator.
const ansi = /\u001B\[[\d;]*m/g;
const sectionLine =
	/^=+ (?:ERRORS|FAILURES|warnings summary|short test summary info) =+$/;
const verboseLine =
	/ (PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)(?: \(.*\))? +\[ *\d+%]$/;
const xdistLine =
	/^\[gw\d+] \[ *\d+%] (PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS) (.+) $/;
const lettersLine = /^(?:tests\/\S+\.py )?([.FEsxX]*) *\[ *\d+%]$/;
const wordKeys: Record<string, keyof Counts> = {
	PASSED: 'passed',
	FAILED: 'failed',
	ERROR: 'errors',
	SKIPPED: 'skipped',
	XFAIL: 'xfailed',
	XPASS: 'xpassed',
};
const letterKeys: Record<string, keyof Counts> = {
	'.': 'passed',
	F: 'failed',
	E: 'errors',
	s: 'skipped',
	x: 'xfailed',
	X: 'xpassed',
};

function emptyCounts(): Counts {
	return {
		failed: 0,
		passed: 0,
		skipped: 0,
		xfailed: 0,
		xpassed: 0,
		warnings: 0,
		errors: 0,
	};
}

function plainLines(text: string): string[] {
	return text
		.replaceAll(ansi, '')
		.split('\n')
		.map(line => line.replace(/^\r/, ''));
}

/** The counts of pytest's final line. */
function finalCounts(lines: readonly string[]): Counts {
	const last = lines.findLast(line => line.trim() !== '') ?? '';
	const body = last.replace(/^=+ /, '').replace(/ =+$/, '');
	const match = /^(.*) in \d+\.\d\ds(?: \([^)]*\))?$/.exec(body);
	expect(match, `final line: ${last}`).not.toBeNull();
	const counts = emptyCounts();
	for (const part of (match?.[1] ?? '').split(', ')) {
		const [count, word] = part.split(' ');
		const plurals: Record<string, string> = {
			warning: 'warnings',
			error: 'errors',
		};
		const key = plurals[word ?? ''];
		counts[(key ?? word) as keyof Counts] = Number(count);
	}

	return counts;
}

/** Counts of the outcome lines (or letters) printed while the tests ran. */
function printedCounts(lines: readonly string[]): Counts {
	const counts = emptyCounts();
	const end = lines.findIndex(line => sectionLine.test(line));
	for (const line of lines.slice(0, end === -1 ? lines.length - 1 : end)) {
		const word = xdistLine.exec(line)?.[1] ?? verboseLine.exec(line)?.[1];
		if (word !== undefined) {
			counts[wordKeys[word]!]++;
			continue;
		}

		const letters = lettersLine.exec(line)?.[1];
		for (const letter of letters ?? '') {
			counts[letterKeys[letter]!]++;
		}
	}

	return counts;
}

function summaryLines(lines: readonly string[], word: string): string[] {
	const start = lines.findIndex(line =>
		line.includes(' short test summary info '),
	);
	return start === -1
		? []
		: lines.slice(start + 1).filter(line => line.startsWith(`${word} `));
}

function warningCount(lines: readonly string[]): number {
	const start = lines.findIndex(line => line.includes(' warnings summary '));
	if (start === -1) {
		return 0;
	}

	let count = 0;
	for (const line of lines.slice(start + 1)) {
		if (line.startsWith('  ')) {
			break;
		}

		count += Number(/: (\d+) warnings?$/.exec(line)?.[1] ?? 1);
	}

	return count;
}

const variants: Array<[string, Partial<GenerateOptions>]> = [
	['-v', {}],
	['-v pytest 7', {pytest: '7'}],
	['default verbosity', {verbosity: 'normal'}],
	['-q', {verbosity: 'quiet'}],
	['-v --color', {color: true}],
	['-q --color', {verbosity: 'quiet', color: true}],
	[
		'default verbosity --color, pytest 7',
		{verbosity: 'normal', color: true, pytest: '7'},
	],
	['xdist -v', {xdist: true}],
	['xdist -v pytest 7 --color', {xdist: true, pytest: '7', color: true}],
	['xdist default verbosity', {xdist: true, verbosity: 'normal'}],
	['xdist -q', {xdist: true, verbosity: 'quiet', workers: 8}],
	['run 2', {run: 2}],
	['run 3 -q', {run: 3, verbosity: 'quiet'}],
	['outage', {run: 4, outage: true}],
	['outage xdist -q', {run: 4, outage: true, xdist: true, verbosity: 'quiet'}],
];

describe('generate', () => {
	test('is deterministic per seed', () => {
		const options = {tests: 400, seed: 5, failRatio: 0.2};
		const first = generateLogText(options).text;
		expect(generateLogText(options).text).toBe(first);
		expect(generateLogText({...options, seed: 6}).text).not.toBe(first);
		expect(generateLogText({...options, xdist: true}).text).toBe(
			generateLogText({...options, xdist: true}).text,
		);
	});

	test.each(variants)(
		'%s: the final line counts what was printed',
		(_, variant) => {
			for (const tests of [7, 160, 1200]) {
				const {text, summary} = generateLogText({
					tests,
					seed: 11,
					failRatio: 0.15,
					...variant,
				});
				const lines = plainLines(text);
				const final = finalCounts(lines);
				const printed = printedCounts(lines);
				printed.warnings = warningCount(lines);
				expect(printed).toEqual(final);
				expect(summary.counts).toEqual(final);
				expect(summaryLines(lines, 'FAILED')).toHaveLength(final.failed);
				expect(summaryLines(lines, 'ERROR')).toHaveLength(final.errors);
				const tests_ =
					final.passed +
					final.failed +
					final.skipped +
					final.xfailed +
					final.xpassed +
					final.errors;
				// A test that errors in teardown after its call reports twice.
				const teardownErrors = lines.filter(line =>
					/^_+ ERROR at teardown of /.test(line),
				).length;
				expect(tests_ - teardownErrors).toBe(tests);
				if (variant.verbosity !== 'quiet' && variant.xdist !== true) {
					expect(text).toContain(`collected ${tests} item`);
				}
			}
		},
	);

	test('pytest line shapes: 80 columns, trimmed summaries, centred final line', () => {
		const {text} = generateLogText({tests: 500, seed: 2, failRatio: 0.2});
		const lines = plainLines(text);
		for (const line of lines.filter(line => /^=+ .* =+$/.test(line))) {
			// A title too long for the width keeps one `=` on each side, as in pytest.
			if (line.length > 80) {
				expect(line, line).toMatch(/^= .* =$/);
			} else {
				expect(line.length, line).toBeGreaterThanOrEqual(79);
			}
		}

		for (const line of lines.filter(line => verboseLine.test(line))) {
			if (line.indexOf(' ') < 60) {
				expect(line.length, line).toBe(79);
			}
		}

		const summary = [
			...summaryLines(lines, 'FAILED'),
			...summaryLines(lines, 'ERROR'),
		];
		expect(summary.some(line => line.endsWith('...'))).toBe(true);
		for (const line of summary) {
			if (line.includes(' - ')) {
				expect(line.length, line).toBeLessThanOrEqual(80);
			}
		}

		expect(text).toContain('=== test session starts ===');
		expect(text).toMatch(/^_+ TestAuth\.test_jwt\[hs256-expired] _+$/m);
		expect(text).toMatch(/^_+ ERROR at setup of \S+ _+$/m);
		expect(text).toMatch(/^_+ ERROR at teardown of \S+ _+$/m);
		expect(text).toContain('E   AssertionError: ');
		expect(text).toContain('[pool size ');
		expect(text).toContain('[a::b]');
		expect(text).toMatch(/ SKIPPED \(/);
		expect(text).toMatch(/ XFAIL/);
	});

	test('xdist reports finish out of order', () => {
		const {text} = generateLogText({tests: 300, seed: 4, xdist: true});
		const started = plainLines(text)
			.filter(line => /^tests\/\S.* $/.test(line))
			.map(line => line.trimEnd());
		const finished = plainLines(text)
			.map(line => xdistLine.exec(line)?.[2])
			.filter(id => id !== undefined);
		expect(new Set(started).size).toBe(300);
		expect(finished).not.toEqual(started);
		expect(text).toContain('created: 4/4 workers');
		expect(text).toMatch(/^\[gw\d] linux -- Python /m);
	});

	test('runs of one suite: most failures persist, a few change', () => {
		const failing = (run: number) => {
			const {summary} = generateLogText({
				tests: 160,
				seed: 7,
				failRatio: 0.12,
				run,
			});
			return new Set([...summary.failedIds, ...summary.errorIds]);
		};

		const [first, second, third] = [failing(1), failing(2), failing(3)];
		for (const [a, b] of [
			[first, second],
			[second, third],
		] as const) {
			const both = [...a].filter(id => b.has(id)).length;
			const either = new Set([...a, ...b]).size;
			expect(both / either).toBeGreaterThan(0.6);
			expect(both).toBeLessThan(either);
		}
	});

	test('an outage fails most of the run with one error', () => {
		const {text, summary} = generateLogText({
			tests: 160,
			seed: 7,
			run: 4,
			outage: true,
		});
		const {failed, errors} = summary.counts;
		expect((failed + errors) / summary.collected).toBeGreaterThan(0.7);
		const refused = text.match(
			/^E {3}ConnectionRefusedError: \[Errno 111] Connection refused$/gm,
		);
		expect(refused?.length ?? 0).toBeGreaterThan((failed + errors) * 0.7);
	});

	test('streams to a file, the same as in memory', async () => {
		const directory = mkdtempSync(path.join(tmpdir(), 'generate-'));
		try {
			const file = path.join(directory, 'run.log');
			const options = {tests: 2000, seed: 9, color: true};
			const {bytes} = await writeLog(options, file);
			const text = readFileSync(file, 'utf8');
			expect(text).toBe(generateLogText(options).text);
			expect(bytes).toBe(statSync(file).size);
		} finally {
			rmSync(directory, {recursive: true, force: true});
		}
	});

	test('sizes', () => {
		expect(parseSize('100MB')).toBe(100_000_000);
		expect(parseSize('1.5GiB')).toBe(1_610_612_736);
		expect(parseSize('512k')).toBe(512_000);
		const tests = testsForSize({failRatio: 0.1}, 2_000_000);
		const {text} = generateLogText({tests, failRatio: 0.1});
		expect(Buffer.byteLength(text) / 2_000_000).toBeGreaterThan(0.8);
		expect(Buffer.byteLength(text) / 2_000_000).toBeLessThan(1.2);
	});

	test('the committed demo fixtures are what their README commands generate', () => {
		const demo = path.join(root, 'fixtures/demo');
		const fixtures: Array<[string, Partial<GenerateOptions>]> = [
			['run.log', {tests: 158, failRatio: 0.1, seed: 7}],
			['run-1.log', {tests: 60, failRatio: 0.1, seed: 7, run: 1}],
			['run-2.log', {tests: 60, failRatio: 0.1, seed: 7, run: 2}],
			['run-3.log', {tests: 60, failRatio: 0.1, seed: 7, run: 3}],
			[
				'outage.log',
				{tests: 60, failRatio: 0.1, seed: 7, run: 4, outage: true},
			],
		];
		for (const [name, options] of fixtures) {
			expect(readFileSync(path.join(demo, name), 'utf8'), name).toBe(
				generateLogText(options).text,
			);
		}
	});
});
