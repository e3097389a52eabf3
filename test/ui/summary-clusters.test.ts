import {expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {readLog} from '../../source/log/read.js';
import {summaryLines} from '../../source/review/summary.js';
import {type Decision, reportKey} from '../../source/triage/journal.js';
import {buildReview} from '../../source/triage/review.js';

test("the summary's largest clusters count decided reports, as the cluster list does: a test's teardown error decided leaves its call failure in the same cluster undecided", async () => {
	// psycopg2 with its server stopped: tests that fail and then error in teardown with one error.
	const analysis = analyze([
		await readLog('fixtures/real/psycopg2-pg-stopped-rA/run.log.gz'),
	]);
	const undecided = buildReview(analysis, new Map());
	const teardown = undecided.rows.find(
		row =>
			row.analyzed.failure.phase === 'teardown' &&
			undecided.rows.some(
				other =>
					other !== row &&
					other.analyzed.failure.id === row.analyzed.failure.id &&
					other.analyzed.cluster === row.analyzed.cluster,
			),
	)!;
	expect(teardown).toBeDefined();
	const {id, phase} = teardown.analyzed.failure;
	const decision: Decision = {
		id,
		phase,
		category: 'ENVIRONMENT',
		priority: 'LOW',
		note: '',
		signature: teardown.analyzed.cluster,
		at: '2026-11-23T10:00:00.000Z',
	};
	const review = buildReview(
		analysis,
		new Map([[reportKey(id, phase), decision]]),
	);
	expect(review.progress.decided).toBe(1);
	const cluster = analysis.clusters.find(
		candidate => candidate.id === teardown.analyzed.cluster,
	)!;
	const line = summaryLines(review.analysis, review.rows, 100)
		.map(({text}) => text)
		.find(text => text.includes(`decided  ${cluster.id}`));
	expect(line).toMatch(
		new RegExp(
			String.raw`^ +${cluster.ids.length} +1/${cluster.ids.length} decided  ${cluster.id} `,
		),
	);
});
