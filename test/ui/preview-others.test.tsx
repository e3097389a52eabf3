/**
The cluster preview (`x`) open while another session decides a failure of its cluster (two people on one store
or one triage file): what `y` would do is worked out again. QA 36 saw, on a shared PostgreSQL store, the
teammate's decision come in marked `!` while the footer still said `replaces no decision: all 2 are undecided`,
and `y` then replaced it unannounced.
*/
import {expect, test} from 'vitest';
import {openJournal} from '../../source/triage/journal.js';
import {makeRun} from '../classify/make-run.js';
import {fixtureOf, frame, press, renderReview} from './helpers.js';

const run = makeRun(
	'pool.log',
	Object.fromEntries(
		Array.from({length: 3}, (_, index) => [
			`tests/chaos/test_pool.py::test_acquire[${index}]`,
			{
				outcome: 'failed' as const,
				failure: {
					headline: 'TimeoutError: pool exhausted',
					exceptionType: 'TimeoutError',
					traceback:
						'src/pool.py:40: in acquire\n    raise TimeoutError("pool exhausted")\nE   TimeoutError: pool exhausted',
				},
			},
		]),
	),
);

async function otherSessionDecides(
	journalPath: string,
	ids: readonly string[],
	category: string,
	priority: string,
) {
	openJournal(journalPath, {now: () => new Date()}).decideMany(
		ids.map(id => ({id, phase: 'call' as const, category, priority})),
	);
	await new Promise(resolve => {
		setTimeout(resolve, 150);
	});
}

const size = {rows: 30, columns: 120};

test('a teammate decides a failure of the cluster: the preview says it now replaces that decision', async () => {
	const data = fixtureOf([run]);
	const ids = data.review().rows.map(row => row.analyzed.failure.id);
	const app = await renderReview(data, {refreshInterval: 20}, size);
	await press(app, 'x');
	expect(frame(app)).toContain('replaces no decision: all 3 are undecided');
	await otherSessionDecides(data.journalPath, [ids[1]!], 'TEST_DESIGN', 'LOW');
	expect(frame(app)).toContain('! replaces 1 decision; 2 rows undecided');
	app.unmount();
});

test('a teammate decides the rest as the preview would: nothing is left to apply, and the preview says so', async () => {
	const data = fixtureOf([run]);
	const ids = data.review().rows.map(row => row.analyzed.failure.id);
	const app = await renderReview(data, {refreshInterval: 20}, size);
	await press(app, 'x');
	const question = frame(app)
		.split('\n')
		.find(line => line.startsWith('Apply '))!;
	const [, category, priority] = /^Apply (\S+) (\S+) /.exec(question)!;
	await otherSessionDecides(data.journalPath, ids, category!, priority!);
	expect(frame(app)).not.toContain('Apply ');
	expect(frame(app)).toContain('nothing to apply: all 3 failures of cluster');
	app.unmount();
});
