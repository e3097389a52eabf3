import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {Failure, Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import {
	fixtureOf,
	frame,
	keys,
	loadRun,
	press,
	redisLog,
	renderReview,
	type Rendered,
} from './helpers.js';

const esc = '\u001B';
const bel = '\u0007';
const osc52 = `${esc}]52;c;AAAA${bel}`;
const clear = `${esc}[2J`;

/** A pytest -v log whose failure prints escape sequences: OSC 52 (clipboard), a screen clear, C1 controls. */
const hostileLog = [
	'============================= test session starts ==============================',
	'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0',
	'rootdir: /tmp/hostile',
	'collecting ... collected 2 items',
	'',
	'tests/test_evil.py::test_evil FAILED                                     [ 50%]',
	'tests/test_evil.py::test_fine PASSED                                     [100%]',
	'',
	'=================================== FAILURES ===================================',
	'__________________________________ test_evil ___________________________________',
	'tests/test_evil.py:3: in test_evil',
	`    print("${osc52}")`,
	`E   AssertionError: boom \u009B2J \u009D52;c;BBBB\u009C`,
	'----------------------------- Captured stdout call -----------------------------',
	`${osc52} clipboard`,
	`${clear} cleared \u009D0;title\u009C`,
	`bell${bel} and backspace\b`,
	'=========================== short test summary info ============================',
	'FAILED tests/test_evil.py::test_evil - AssertionError: boom',
	'========================= 1 failed, 1 passed in 0.12s ==========================',
	'',
].join('\n');

function expectInert(app: Rendered) {
	for (const text of app.frames) {
		// Nothing from the log reaches the terminal as a control character (FORCE_COLOR=0: no styling either).
		expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
	}
}

describe('a hostile log', () => {
	test('read from disk: the captured output shows, inert', async () => {
		const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-hostile-'));
		const log = path.join(directory, 'run.log');
		fs.writeFileSync(log, hostileLog);
		const run = await readLog(log);
		expect(run.failures).toHaveLength(1);
		const app = await renderReview(fixtureOf([run]));
		expect(frame(app)).toContain('tests/test_evil.py::test_evil');
		expect(frame(app)).toContain('<U+009B>2J <U+009D>52;c;BBBB<U+009C>');
		await press(app, 'O');
		expect(frame(app)).toContain('Captured stdout call');
		expect(frame(app)).toContain('clipboard');
		expect(frame(app)).toContain('<U+009D>0;title<U+009C>');
		expect(frame(app)).toContain('bell␇ and backspace␈');
		await press(app, 'l', 's', keys.escape, '?', keys.escape, keys.tab);
		expectInert(app);
		app.unmount();
	});

	test('raw escapes in ids, headlines, tracebacks, captured output, notes and rule reasons stay inert', async () => {
		const run = await loadRun(redisLog);
		const poisoned = (failure: Failure): Failure => ({
			...failure,
			id: `${failure.id}${osc52}`,
			headline: `${failure.headline} ${clear}${esc}[31mred`,
			traceback: `${failure.traceback}\n${osc52}\n${clear}\n\u009B1;1H`,
			captured: [
				{
					name: `Captured stdout call${esc}]0;t${bel}`,
					text: `${osc52}\n${clear}\nDEL\u007F`,
				},
			],
		});
		const hostile: Run = {
			...run,
			source: `run${esc}[2J.log`,
			failures: run.failures.map(poisoned),
		};
		const data = fixtureOf([hostile]);
		data.journal.decide({
			id: hostile.failures[0]!.id,
			category: 'BUG',
			priority: 'HIGH',
			note: `see ${osc52} and ${clear}`,
			signature: data.analysis.failures[0]!.cluster,
		});
		const app = await renderReview(data, {}, {rows: 40, columns: 120});
		expect(frame(app)).toContain('␛]52;c;AAAA␇');
		expect(frame(app)).toContain('note: see ␛]52;c;AAAA␇ and ␛[2J');
		expect(frame(app)).toContain('␛[2J␛[31mred');
		expect(frame(app)).toContain('run␛[2J.log');
		await press(app, 'O');
		expect(frame(app)).toContain('DEL␡');
		await press(
			app,
			'j',
			'x',
			keys.escape,
			'y',
			'l',
			'G',
			keys.escape,
			's',
			'G',
			keys.escape,
			keys.tab,
			'G',
			keys.escape,
			'?',
			'G',
			keys.escape,
		);
		await press(app, '/');
		await press(app, 'A', 'A', 'A', 'A');
		await press(app, keys.enter);
		expectInert(app);
		app.unmount();
	});
});
