/**
A test's stub server listens on a port the system picks (port 0), another on each run: the port was kept in the
signature of a connection error (it tells the server that died from one that never ran), so the same error got a
new signature every run. On day 2 its decision was stale, and its cluster split from day 1's (QA 34: 5 of the 14
failures of two runs of suite 39's stubs, nothing changed between them; 4 of 64 over the whole suite). A port the
system hands out (32768 and up) is volatile, masked as any number; a service's own port (5432, 6379) is kept.
Real runs: fixtures/ephemeral-ports (record.sh).
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {maskMessage, signatureOf} from '../../source/classify/signature.js';
import {readLogSessions} from '../../source/log/read.js';
import {runCli} from '../cli-helpers.js';

const days = ['day1', 'day2'].map(day =>
	path.resolve('fixtures/ephemeral-ports', `${day}.log`),
);

describe('a port the system picks', () => {
	test('is masked; a service port is kept', () => {
		expect(
			maskMessage(
				"HTTPConnectionPool(host='127.0.0.1', port=43469): Max retries exceeded",
			),
		).toBe('HTTPConnectionPool(host=<str>, port=<n>): Max retries exceeded');
		expect(
			maskMessage(
				'connection to server at "127.0.0.1", port 5432 failed: Connection refused',
			),
		).toBe(
			'connection to server at <str>, port 5432 failed: Connection refused',
		);
		expect(maskMessage('Error 111 connecting to localhost:6379.')).toBe(
			'Error <n> connecting to localhost:6379.',
		);
	});

	test.each(['log', 'xml'])(
		'two runs of the same stubs (%s): each failure keeps its signature',
		async format => {
			const [first, second] = await Promise.all(
				days.map(async log => {
					const [run] = await readLogSessions(log.replace(/log$/, format));
					return run!;
				}),
			);
			const before = new Map(
				first!.failures.map(failure => [failure.id, failure]),
			);
			expect(second!.failures).toHaveLength(14);
			let portsChanged = 0;
			for (const failure of second!.failures) {
				const earlier = before.get(failure.id)!;
				if (earlier.headline !== failure.headline) {
					portsChanged++;
				}

				expect(signatureOf(failure).hash, failure.id).toBe(
					signatureOf(earlier).hash,
				);
			}

			// Not vacuous: the runs' stubs were on other ports.
			expect(portsChanged).toBeGreaterThanOrEqual(4);
		},
	);

	test("a decision on day 1 is not stale on day 2's run", () => {
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-ports-'));
		const triage = path.join(folder, 'triage.jsonl');
		const decided = runCli([
			'decide',
			days[0]!,
			'--triage',
			triage,
			'--match',
			'test_token_when_provider_fails|test_too_many_clients',
			'--category',
			'ENVIRONMENT',
		]);
		expect(decided.status).toBe(0);
		const exported = runCli([
			'export',
			days[1]!,
			'--triage',
			triage,
			'--json',
			'-',
		]);
		expect(exported.status).toBe(0);
		const failures = (
			JSON.parse(exported.stdout) as {
				runs: Array<{
					failures: Array<{id: string; decision?: {stale: boolean}}>;
				}>;
			}
		).runs
			.at(-1)!
			.failures.filter(failure =>
				/test_token_when_provider_fails|test_too_many_clients/.test(failure.id),
			);
		expect(failures).toHaveLength(2);
		for (const failure of failures) {
			expect(failure.decision?.stale, failure.id).toBe(false);
		}
	});
});
