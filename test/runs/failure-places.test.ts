import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLogSessions} from '../../source/log/read.js';
import {phaseCodes, phaseShift} from '../../source/runs/history/schema.js';
import {encodeRun} from '../../source/runs/history/encode.js';
import {StoredList} from '../../source/runs/history/stored-list.js';
import {makeRun} from '../classify/make-run.js';

const root = path.resolve(import.meta.dirname, '../..');

function logsUnder(folder: string): string[] {
	return fs
		.readdirSync(path.join(root, folder), {recursive: true})
		.map(String)
		.filter(name => name.endsWith('.log'))
		.map(name => path.join(folder, name))
		.toSorted();
}

describe('each failure has its place in the stored list', () => {
	test('the first failing report of its id and phase, in every fixture log', async () => {
		const logs = logsUnder('fixtures');
		expect(logs.length).toBeGreaterThan(50);
		let failures = 0;
		for (const log of logs) {
			for (const run of await readLogSessions(path.join(root, log))) {
				const encoded = encodeRun(run);
				const ids = new StoredList(encoded.packList(), encoded.reports).ids();
				for (const [index, failure] of run.failures.entries()) {
					const phase = phaseCodes[failure.phase];
					const first = ids.findIndex((id, place) => {
						const code = encoded.outcomes[place]!;
						const outcome = code & 0b111;
						return (
							id === failure.id &&
							((code >> phaseShift) & 0b11) === phase &&
							(outcome === 1 || outcome === 2)
						);
					});
					expect(
						encoded.failureIndexes[index],
						`${log}: ${failure.id} (${failure.phase})`,
					).toBe(first);
					failures++;
				}
			}
		}

		expect(failures).toBeGreaterThan(500);
	});

	test('a test that failed twice, a non-ASCII id, a failure the progress lines missed', () => {
		const run = makeRun('twice.log', {
			'a.py::test_one': 'failed',
			'a.py::test_ü[é]': 'failed',
			'a.py::test_two': 'passed',
		});
		const again = run.failures[0]!;
		const missed = {...again, id: 'b.py::test_missed[ß]'};
		const encoded = encodeRun({
			...run,
			failures: [...run.failures, again, missed, missed],
		});
		expect(encoded.failureIndexes).toEqual([0, 1, 0, 3, 3]);
		expect(new StoredList(encoded.packList()).ids()).toEqual([
			'a.py::test_one',
			'a.py::test_ü[é]',
			'a.py::test_two',
			'b.py::test_missed[ß]',
		]);
	});
});
