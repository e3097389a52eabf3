/**
One log, saved otherwise: with CRLF line ends (a log saved on Windows, or captured by `script`), with CR-only line
ends (classic Mac OS), with UTF-8's
byte-order mark (Notepad, PowerShell's `Out-File -Encoding utf8`), as UTF-16 with its mark (PowerShell's `>`), or
with GitHub Actions' time before every line (its raw log download). Each must read as the log itself: the same tests
and outcomes, the same failures and headlines, and as whole. Checked on every eighth real log in `fixtures/` (sorted
by path), so that the shapes read are those of real runs.
*/

import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import type {Run} from '../../source/log/model.js';
import {everyEighthRealLog} from './sampled-real-logs.js';

const logs = everyEighthRealLog();

const temporary = fs.mkdtempSync(
	path.join(os.tmpdir(), 'triage-saved-otherwise-'),
);

const savings: ReadonlyArray<[string, (bytes: Buffer) => Buffer | undefined]> =
	[
		[
			'CRLF line ends',
			bytes =>
				Buffer.from(
					bytes.toString('latin1').replaceAll(/\r?\n/g, '\r\n'),
					'latin1',
				),
		],
		[
			// Classic Mac OS, and some Windows tools: read as terminal redraws, such a log was one line, cut at 256 KB.
			// A log whose text holds lone CRs of its own (a progress bar) cannot be saved so: they would end lines too.
			'CR-only line ends',
			bytes =>
				/\r(?!\n)/.test(bytes.toString('latin1'))
					? undefined
					: Buffer.from(
							bytes.toString('latin1').replaceAll(/\r?\n/g, '\r'),
							'latin1',
						),
		],
		[
			'a UTF-8 byte-order mark',
			bytes => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]),
		],
		[
			'UTF-16 with its mark',
			bytes =>
				Buffer.concat([
					Buffer.from([0xff, 0xfe]),
					Buffer.from(bytes.toString('utf8'), 'utf16le'),
				]),
		],
		[
			"GitHub Actions' time before every line",
			bytes =>
				Buffer.from(
					bytes
						.toString('latin1')
						.split('\n')
						.map((line, index, lines) =>
							// The empty text after the last newline is no line.
							index === lines.length - 1 && line === ''
								? line
								: `2026-11-30T10:${String(Math.floor(index / 600) % 60).padStart(2, '0')}:${String(Math.floor(index / 10) % 60).padStart(2, '0')}.${String(index % 10).padStart(7, '0')}Z ${line}`,
						)
						.join('\n'),
					'latin1',
				),
		],
	];

function summaryOf(run: Run) {
	return {
		tests: run.tests.map(({id, outcome}) => `${id} ${outcome}`),
		failures: run.failures.map(failure => `${failure.id} ${failure.headline}`),
		complete: run.complete,
	};
}

describe.each(savings)(
	'a real log saved with %s reads as the log itself',
	(name, save) => {
		test('every eighth real log', async () => {
			expect(logs.length).toBeGreaterThan(60);
			for (const log of logs) {
				const file = path.join(
					temporary,
					`${name.replaceAll(/\W+/g, '-')}.log`,
				);
				const saved = save(fs.readFileSync(log));
				if (saved === undefined) {
					continue;
				}

				fs.writeFileSync(file, saved);
				const expected = summaryOf(await readLog(log));

				expect(summaryOf(await readLog(file)), log).toEqual(expected);
			}
		});
	},
);
