/**
A log copied from a terminal or a web page loses the spaces at the end of its lines. pytest ends some lines with one:
a `-v` id whose outcome comes later (`--setup-show`, `--setup-plan`, `--setup-only`, live logging, `-s`), and a
doctest's numbered blank line in a `--tb=line` report (`010 `, counted by pytest's 50-character cut). Real logs with
those shapes, copied so, must read as the logs themselves; so must every eighth real log.
*/

import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import type {Run} from '../../source/log/model.js';
import {everyEighthRealLog} from './sampled-real-logs.js';

const shaped = [
	// `-v --setup-plan` and `-v --setup-only`: each test's `id ` on a line of its own.
	'fixtures/real-suites/toolz-p9-v-setup-plan/run.log',
	'fixtures/real-suites/sklearn-p7-v-setup-only/run.log',
	// `-v --setup-show`: an id with spaces in its brackets, then the fixtures' lines.
	'fixtures/real-suites/resp-p9-v-setupshow/run.log',
	// The same with an id whose brackets do not balance (`test_odd[]] `): trimmed, a lone `path::name[…]]` on its line.
	'fixtures/hunt/setupshow-p9-v/run.log',
	'fixtures/hunt/setupshow-p7-v-logcli/run.log',
	// `-v` with live logging: the id, then the test's log lines.
	'fixtures/real-suites/flexparser-p9-v-logcli/run.log',
	// `--tb=line` over doctests: a blank docstring line first in a report, and inside one.
	'fixtures/real-suites/p7plug-p7-tbline-doctest/run.log',
	'fixtures/real-suites/suite-p9-tbline-doctest/run.log',
	'fixtures/real-suites/suite-p7-q-tbline-doctest/run.log',
	'fixtures/real-suites/pywt-p9-tbline-doctest-continue/run.log',
	// pytest 7.2's cut of a report whose 50 characters end in spaces (`…we thought we `): trimmed, the next one starts
	// before 50 are read.
	'fixtures/real-suites/langcodes-p7-tbline-doctest/run.log',
	// pytest 9's echo of a report's first 50 characters, ending in a docstring line's own spaces
	// (`1531 Make a new :class:`URL` where the given path `): trimmed, it is still the echo.
	'fixtures/real-suites/hl-p9-tbline-doctest-importlib/run.log',
	'fixtures/real-suites/shp-p9-tbline-doctest/run.log',
	// pytest 9's echo cut right after a docstring line's number (`524`): trimmed or not, it ends the echo.
	'fixtures/real-suites/gpd-p90-tbline-doctest-cof/run.log',
];

const everyEighth = everyEighthRealLog();

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-copied-'));

function trimmed(bytes: Buffer): Buffer {
	return Buffer.from(
		bytes.toString('latin1').replaceAll(/[ \t]+(?=\r?\n|$)/g, ''),
		'latin1',
	);
}

function summaryOf(run: Run) {
	return {
		tests: run.tests.map(({id, outcome}) => `${id} ${outcome}`),
		failures: run.failures.map(failure => `${failure.id} ${failure.headline}`),
		complete: run.complete,
	};
}

async function expectReadsAsItself(log: string): Promise<void> {
	const file = path.join(temporary, 'copied.log');
	const bytes = fs.readFileSync(log);
	fs.writeFileSync(file, trimmed(bytes));
	expect(bytes.equals(trimmed(bytes)), log).toBe(false);
	expect(summaryOf(await readLog(file)), log).toEqual(
		summaryOf(await readLog(log)),
	);
}

test.each(shaped)('%s with its lines trimmed reads as itself', async log => {
	await expectReadsAsItself(log);
});

test('every eighth real log with its lines trimmed reads as itself', async () => {
	expect(everyEighth.length).toBeGreaterThan(60);
	for (const log of everyEighth) {
		const file = path.join(temporary, 'copied-any.log');
		fs.writeFileSync(file, trimmed(fs.readFileSync(log)));
		expect(summaryOf(await readLog(file)), log).toEqual(
			summaryOf(await readLog(log)),
		);
	}
});
