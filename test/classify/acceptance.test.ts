import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {readLog} from '../../source/log/read.js';
import {comparablePairs} from '../log/truth.js';
import {acceptanceFloors, recordedRuns} from './acceptance-floors.js';
import {acceptanceOf, readDecisions, type Acceptance} from './acceptance.js';

const here = import.meta.dirname;
const root = path.join(here, '../..');

async function measure(log: string, decisions: string): Promise<Acceptance> {
	const run = await readLog(path.join(root, log));
	expect(run.complete).toBe(true);
	return acceptanceOf(
		analyze([run]),
		readDecisions(path.join(here, 'acceptance', decisions)),
	);
}

function describeMisses(result: Acceptance): string {
	return result.misses
		.map(
			miss =>
				`${miss.expected} ← ${miss.suggested} (${miss.rule}) ${miss.id} [${miss.phase}]`,
		)
		.join('\n');
}

describe('suggestions an engineer would accept as they are', () => {
	test.each(acceptanceFloors)(
		'%s',
		async (log, decisions, total, category, exact) => {
			const result = await measure(log, decisions);
			expect(result.unmatched).toEqual([]);
			expect(result.total).toBe(total);
			expect(result.category, describeMisses(result)).toBeGreaterThanOrEqual(
				category,
			);
			expect(result.exact, describeMisses(result)).toBeGreaterThanOrEqual(
				exact,
			);
		},
	);
});

// The real suites' runs were recorded with -v and --junitxml: the parser reads the same tests, outcomes
// and failing reports (id and phase) from the console log as from pytest's XML of the same invocation.
describe('the acceptance runs of real suites agree with their JUnit XML', () => {
	test.each(recordedRuns)('%s', async (name, failing) => {
		const folder = path.join(here, 'acceptance');
		const log = await readLog(path.join(folder, `${name}.log`));
		const xml = await readLog(path.join(folder, `${name}.xml`));
		expect(xml.format).toBe('junit');
		expect(log.complete).toBe(true);
		expect(comparablePairs(log)).toEqual(comparablePairs(xml));
		expect(log.failures).toHaveLength(failing);
		expect(
			log.failures.map(failure => `${failure.id} ${failure.phase}`).toSorted(),
		).toEqual(
			xml.failures.map(failure => `${failure.id} ${failure.phase}`).toSorted(),
		);
	});
});
