import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {readLog} from '../../source/log/read.js';
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

// Figures measured when the decisions were written, before the rules changed: suggestions must not
// get worse than this.
describe('suggestions an engineer would accept as they are', () => {
	test.each([
		['test/classify/acceptance/unseen.log', 'unseen.json', 60, 20, 19],
		['fixtures/demo/run.log', 'demo-run.json', 47, 26, 26],
	] as const)('%s', async (log, decisions, total, category, exact) => {
		const result = await measure(log, decisions);
		expect(result.unmatched).toEqual([]);
		expect(result.total).toBe(total);
		expect(result.category, describeMisses(result)).toBeGreaterThanOrEqual(
			category,
		);
		expect(result.exact, describeMisses(result)).toBeGreaterThanOrEqual(exact);
	});
});
