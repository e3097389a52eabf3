/** Checks a recorded real run (run.log, run.xml, meta.json) against the JUnit XML pytest wrote in the same invocation. */
import fs from 'node:fs';
import path from 'node:path';
import {expect} from 'vitest';
import {readLog} from '../../source/log/read.js';
import type {Outcome} from '../../source/log/model.js';
import {comparablePairs, xmlHeadlines} from './truth.js';

type Meta = {
	format: string;
	command?: string;
	counts: Record<string, number> | null;
};

export const isFailing = (outcome: Outcome) =>
	outcome === 'failed' || outcome === 'error';

export function logOf(directory: string): string {
	const plain = path.join(directory, 'run.log');
	return fs.existsSync(plain) ? plain : `${plain}.gz`;
}

export function xmlOf(directory: string): string | undefined {
	for (const name of ['run.xml', 'run.xml.gz']) {
		const file = path.join(directory, name);
		if (fs.existsSync(file)) {
			return file;
		}
	}

	return undefined;
}

/** xdist's `--dist each` (every worker runs every test), as the run's command or format says. */
function isEachWorkerRun(meta: Meta): boolean {
	return /--dist[= ]each\b/.test(`${meta.command ?? ''} ${meta.format}`);
}

/** Checks one real run against the JUnit XML pytest wrote in the same invocation. */
export async function checkAgainstXml(directory: string) {
	const meta = JSON.parse(
		fs.readFileSync(path.join(directory, 'meta.json'), 'utf8'),
	) as Meta;
	const run = await readLog(logOf(directory));
	const xmlPath = xmlOf(directory);
	if (xmlPath) {
		const xml = await readLog(xmlPath);
		expect(xml.format).toBe('junit');
		const isEach = isEachWorkerRun(meta);
		// Failing ids and outcomes always; with -v, every test the log names.
		expect(comparablePairs(run, isFailing, isEach)).toEqual(
			comparablePairs(xml, isFailing, isEach),
		);
		if (/(^|\s)-v/.test(meta.format)) {
			expect(comparablePairs(run, undefined, isEach)).toEqual(
				comparablePairs(xml, undefined, isEach),
			);
		} else {
			const named = new Set(comparablePairs(xml));
			for (const pair of comparablePairs(run)) {
				expect(named).toContain(pair);
			}
		}
	}

	if (meta.counts) {
		expect(run.counts).toEqual(meta.counts);
	}

	return run;
}

/**
`checkAgainstXml`, and the run has `failures` failures, each with the headline the XML's message gives
(`xmlHeadlines`).
*/
export async function checkHeadlinesAgainstXml(
	directory: string,
	failures: number,
) {
	const name = path.basename(directory);
	const run = await checkAgainstXml(directory);
	const headlineOf = xmlHeadlines(
		await readLog(path.join(directory, 'run.xml')),
	);
	expect(run.failures.length, name).toBe(failures);
	for (const failure of run.failures) {
		expect(failure.headline, name).toBe(headlineOf(failure));
	}

	return run;
}
