import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {stripAnsiOutsideIds} from '../../source/log/ansi.js';
import {checkAgainstXml} from './against-xml.js';
import {parseText} from './helpers.js';

// What helper hunt55's runs showed (fixtures/hunt/README.md, record-hunt55.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));
const esc = '\u001B';
const bel = '\u0007';

describe('an id holding an escape string with no terminator (oscopen-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('oscopen-')).toEqual([
			'oscopen-p7-v',
			'oscopen-p7-v-color',
			'oscopen-p9-rA',
			'oscopen-p9-v',
			'oscopen-p9-v-color',
			'oscopen-p9-v-n2',
		]);
	});

	for (const name of runsNamed('oscopen-')) {
		test(`${name}: every test by its id, as the XML`, async () => {
			// Before: `test_passes[` and `test_fails[` (the string read to the line's end), the run incomplete; under
			// xdist `test_passes[ESC]0;open` (`ESC]` read as the bracket closing the parameters).
			const run = await parseText(
				fs.readFileSync(path.join(hunt, name, 'run.log'), 'utf8'),
			);
			expect(run.complete).toBe(true);
			expect(run.failures.map(failure => failure.id).toSorted()).toEqual([
				`tests/test_open.py::test_bracket_inside[${esc}]0;a] b]`,
				`tests/test_open.py::test_ended[${esc}[31mred]`,
				`tests/test_open.py::test_fails[${esc}]0;open title]`,
				`tests/test_open.py::test_fails[${esc}]8;;https://example.com/x]`,
				`tests/test_open.py::test_fails[${esc}_bk;t=1700000000000]`,
			]);
			await checkAgainstXml(path.join(hunt, name));
		});
	}

	test.each([
		// A `-v` line, plain and in colour; a worker's report; a short summary line in colour; a header.
		[
			`t.py::test_a[${esc}]0;open title] PASSED   [ 50%]`,
			`t.py::test_a[${esc}]0;open title] PASSED   [ 50%]`,
		],
		[
			`t.py::test_a[${esc}]0;t] ${esc}[31mFAILED${esc}[0m${esc}[31m [ 50%]${esc}[0m`,
			`t.py::test_a[${esc}]0;t] FAILED [ 50%]`,
		],
		[
			`[gw0] [ 50%] PASSED t.py::test_a[${esc}_bk;t=1] `,
			`[gw0] [ 50%] PASSED t.py::test_a[${esc}_bk;t=1] `,
		],
		[
			`${esc}[31mFAILED${esc}[0m t.py::${esc}[1mtest_a[${esc}]0;a] b]${esc}[0m - E`,
			`FAILED t.py::test_a[${esc}]0;a] b] - E`,
		],
		[`___ test_a[${esc}]8;;u] ___`, `___ test_a[${esc}]8;;u] ___`],
		// Outside a test's parameters, or with no `]` that ends an id, the string is stripped to the line's end.
		[`${esc}]0;title] PASSED`, ''],
		[`x[${esc}]0;title] PASSED`, 'x['],
		[`t.py::test_a[${esc}]0;a]b]c`, 't.py::test_a['],
		// Terminated, as before.
		[
			`t.py::test_a[${esc}]0;T${bel}] ${esc}[31mFAILED${esc}[0m`,
			`t.py::test_a[${esc}]0;T${bel}] FAILED`,
		],
	])('%j', (line, expected) => {
		expect(stripAnsiOutsideIds(line)).toBe(expected);
	});

	// The reader cuts a line at 256 KB: each of these is about that long.
	test('a hostile line is read at once', {timeout: 30_000}, () => {
		stripAnsiOutsideIds(`::a[${esc}]${'] '.repeat(120_000)}`);
		stripAnsiOutsideIds(
			`::${'a'.repeat(100_000)}[${`${esc}]x`.repeat(40_000)}`,
		);
		stripAnsiOutsideIds(`::a[${esc}]${`]${' '.repeat(50)}`.repeat(4000)}`);
		stripAnsiOutsideIds(
			`::a[${esc}]${']'}${`${esc}[1m`.repeat(40_000)}`.repeat(2),
		);
	});
});
