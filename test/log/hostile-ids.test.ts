import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {stripAnsiOutsideIds} from '../../source/log/ansi.js';
import {noTracebackHeadline} from '../../source/log/model.js';
import {checkAgainstXml} from './against-xml.js';

// Real runs whose ids carry raw escape sequences (fixtures/hostile-ids/README.md), plain and in colour.
const root = path.resolve('fixtures/hostile-ids');
const esc = '\u001B';
const bel = '\u0007';

describe('ids with raw escape sequences agree with their JUnit XML', () => {
	for (const name of ['pytest9', 'pytest7', 'pytest9-color', 'pytest7-color']) {
		test(name, async () => {
			// Before: `test_raw_id[ESC]52;c;… BEL]` and `test_raw_id[ESC]0;PWNED BEL]` both read `test_raw_id[]`, five tracebacks lost.
			const run = await checkAgainstXml(path.join(root, name));
			expect(run.complete).toBe(true);
			expect(new Set(run.failures.map(failure => failure.id)).size).toBe(35);
			expect(run.tests.map(test => test.id)).toContain(
				`tests/test_ids.py::test_title_id[${esc}]0;TITLE${bel}]`,
			);
			for (const failure of run.failures) {
				expect(failure.headline).not.toBe(noTracebackHeadline);
				expect(failure.traceback).not.toBe('');
			}
		});
	}
});

describe('escape sequences: pytest colour is stripped, an id’s own are kept', () => {
	test.each([
		// pytest's colour around an id, a status, a header, the progress.
		[
			`tests/t.py::test_a[p] ${esc}[31mFAILED${esc}[0m${esc}[31m [ 50%]${esc}[0m`,
			'tests/t.py::test_a[p] FAILED [ 50%]',
		],
		[
			`${esc}[31mFAILED${esc}[0m ${esc}[1mtests/t.py::test_a[p]${esc}[0m - x`,
			'FAILED tests/t.py::test_a[p] - x',
		],
		[`${esc}[31m${esc}[1m___ test_a[p] ___${esc}[0m`, '___ test_a[p] ___'],
		// A CI's sequences before and after a line.
		[`${esc}_bk;t=1${bel}${esc}[0Kline${esc}[K`, 'line'],
		// Highlighted source in a traceback: brackets, but no test's.
		[`    assert x[${esc}[94m0${esc}[39;49;00m] == 1`, '    assert x[0] == 1'],
		// Brackets that do not balance: nothing after them is an id's.
		[
			`tests/t.py::test_a[str-[] ${esc}[31mFAILED${esc}[0m ${esc}[31m[ 50%]${esc}[0m`,
			'tests/t.py::test_a[str-[] FAILED [ 50%]',
		],
		// An id's own sequences, in a `-v` line, a header, a short summary line.
		[
			`tests/t.py::test_a[${esc}]0;T${bel}] ${esc}[31mFAILED${esc}[0m`,
			`tests/t.py::test_a[${esc}]0;T${bel}] FAILED`,
		],
		[
			`${esc}[31m${esc}[1m___ C.test_a[${esc}[31mred${esc}[0m] ___${esc}[0m`,
			`___ C.test_a[${esc}[31mred${esc}[0m] ___`,
		],
		[
			`${esc}[31mFAILED${esc}[0m t.py::test_a[x[${esc}]8;;u${esc}\\y]] - E`,
			`FAILED t.py::test_a[x[${esc}]8;;u${esc}\\y]] - E`,
		],
	])('%j', (line, expected) => {
		expect(stripAnsiOutsideIds(line)).toBe(expected);
	});

	// The reader cuts a line at 256 KB: each of these is about that long.
	test('a hostile line is read at once', {timeout: 30_000}, () => {
		stripAnsiOutsideIds(`::a[${esc}[0m`.repeat(28_000));
		stripAnsiOutsideIds(`::a[${esc}[0m]`.repeat(25_000));
		stripAnsiOutsideIds(
			`${'['.repeat(120_000)}${esc}[0m${']'.repeat(120_000)}`,
		);
		stripAnsiOutsideIds(`::${'a'.repeat(120_000)}[${esc}]`.repeat(2));
	});
});
