/**
Outputs and the journal on a full disk: `export` and `report --out` keep the file that was there
(an injected write that fails after N bytes; and, where this machine lets us mount one, a real
64 KiB tmpfs for the built CLI).
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, afterEach, describe, expect, test} from 'vitest';
import {runCommand} from '../../source/commands.js';
import {exportCommand} from '../../source/commands/export.js';
import {OutputError, outputSeams} from '../../source/output.js';
import {openJournal} from '../../source/triage/journal.js';
import {runCli} from '../cli-helpers.js';

const log = path.resolve('fixtures/real/cpython-net-offline-tb-line/run.log');
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-output-'));
const originalWrite = outputSeams.write;

afterEach(() => {
	outputSeams.write = originalWrite;
});

afterAll(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

/** Every output write fails with ENOSPC once `budget` bytes were written. */
function diskFullAfter(budget: number): void {
	let left = budget;
	outputSeams.write = (fd, buffer, offset) => {
		if (left <= 0) {
			throw Object.assign(new Error('ENOSPC: no space left on device'), {
				code: 'ENOSPC',
			});
		}

		const length = Math.min(left, buffer.length - offset);
		left -= length;
		return originalWrite(fd, buffer.subarray(0, offset + length), offset);
	};
}

let counter = 0;
function folder(): string {
	const made = path.join(directory, String(counter++));
	fs.mkdirSync(made);
	return made;
}

describe('a write that fails keeps the file that was there', () => {
	test.each(['csv', 'json', 'markdown'] as const)(
		'export --%s',
		async format => {
			const where = folder();
			const out = path.join(where, `out.${format}`);
			fs.writeFileSync(out, 'the good export\n');
			diskFullAfter(100);
			await expect(
				exportCommand(
					[log],
					{
						[format]: out,
						triage: path.join(where, 'triage.jsonl'),
						history: false,
					},
					{
						now: () => new Date(),
						stderr() {
							// Warnings are not what these tests are about.
						},
					},
				),
			).rejects.toThrow(OutputError);
			expect(fs.readFileSync(out, 'utf8')).toBe('the good export\n');
			expect(fs.readdirSync(where)).toEqual([`out.${format}`]);
		},
	);

	test('report --out', async () => {
		const where = folder();
		const out = path.join(where, 'report.txt');
		fs.writeFileSync(out, 'the good report\n');
		diskFullAfter(100);
		await expect(
			runCommand(['report', log], {
				out,
				triage: path.join(where, 'triage.jsonl'),
				history: false,
			}),
		).rejects.toThrow(
			/report\.txt: write failed \(no space left on the device\)/,
		);
		expect(fs.readFileSync(out, 'utf8')).toBe('the good report\n');
		expect(fs.readdirSync(where)).toEqual(['report.txt']);
	});

	test('report --out on a read-only file system says so, not the raw EROFS', async () => {
		const where = folder();
		outputSeams.write = () => {
			throw Object.assign(new Error('EROFS: read-only file system, write'), {
				code: 'EROFS',
			});
		};

		await expect(
			runCommand(['report', log], {
				out: path.join(where, 'report.txt'),
				triage: path.join(where, 'triage.jsonl'),
				history: false,
			}),
		).rejects.toThrow(/report\.txt: write failed \(read-only file system\)$/);
	});

	test('report --out refused by the system (EPERM, as EACCES): permission denied, not its words', async () => {
		const where = folder();
		outputSeams.write = () => {
			throw Object.assign(
				new Error(`EPERM: operation not permitted, write '${where}'`),
				{code: 'EPERM'},
			);
		};

		await expect(
			runCommand(['report', log], {
				out: path.join(where, 'report.txt'),
				triage: path.join(where, 'triage.jsonl'),
				history: false,
			}),
		).rejects.toThrow(/report\.txt: write failed \(permission denied\)$/);
	});

	test('a good export replaces the file whole, keeping its mode and a link to it', async () => {
		const where = folder();
		const real = path.join(where, 'real.csv');
		fs.writeFileSync(real, 'old\n');
		fs.chmodSync(real, 0o640);
		const link = path.join(where, 'out.csv');
		fs.symlinkSync('real.csv', link);
		await exportCommand(
			[log],
			{csv: link, triage: path.join(where, 'triage.jsonl'), history: false},
			{
				now: () => new Date(),
				stderr() {
					// Warnings are not what these tests are about.
				},
			},
		);
		expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
		expect(fs.statSync(real).mode & 0o777).toBe(0o640);
		expect(fs.readFileSync(real, 'utf8')).toMatch(/^File,/);
	});
});

/** A 64 KiB tmpfs, when this machine lets us mount one (root, and a kernel that allows it). */
function mountSmallDisk(): string | undefined {
	const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-full-'));
	const mounted = spawnSync(
		'mount',
		['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint],
		{encoding: 'utf8'},
	);
	if (mounted.status === 0) {
		return mountPoint;
	}

	fs.rmdirSync(mountPoint);
	return undefined;
}

const smallDisk = process.platform === 'linux' ? mountSmallDisk() : undefined;

afterAll(() => {
	if (smallDisk) {
		spawnSync('umount', [smallDisk]);
		fs.rmdirSync(smallDisk);
	}
});

describe.skipIf(smallDisk === undefined)(
	`on a real full disk (a 64 KiB tmpfs${smallDisk ? '' : ': skipped, mount is not permitted here'})`,
	() => {
		test('a failed decide --match . leaves nothing in effect; a failed export keeps the good file', () => {
			const cwd = fs.mkdtempSync(path.join(smallDisk!, 'w-'));
			const journal = path.join(cwd, 'triage.jsonl');
			const big = path.resolve('fixtures/real/jinja-skew-tb-short/run.log.gz');
			openJournal(journal, {now: () => new Date(), create: true}).decide({
				id: 'first',
				category: 'BUG',
				priority: 'LOW',
			});
			fs.writeFileSync(path.join(cwd, 'out.csv'), 'the good export\n');
			// Fill the disk but for a few KiB.
			const filler = path.join(smallDisk!, 'filler');
			fs.writeFileSync(filler, Buffer.alloc(1024));
			for (;;) {
				try {
					fs.appendFileSync(filler, Buffer.alloc(1024));
				} catch {
					break;
				}
			}

			fs.truncateSync(filler, fs.statSync(filler).size - 6 * 1024);
			const decided = runCli(
				[
					'decide',
					big,
					'--match',
					'.',
					'--category',
					'BUG',
					'--note',
					'x'.repeat(400),
				],
				{cwd},
			);
			expect(decided.status).toBe(1);
			expect(decided.stderr).toMatch(/triage\.jsonl: no space left/);
			const state = openJournal(journal, {now: () => new Date()}).state();
			expect([...state.keys()]).toEqual(['first']);

			const exported = runCli(['export', big, '--csv', 'out.csv'], {cwd});
			expect(exported.status).toBe(1);
			expect(fs.readFileSync(path.join(cwd, 'out.csv'), 'utf8')).toBe(
				'the good export\n',
			);
			fs.rmSync(filler);
		});
	},
);
