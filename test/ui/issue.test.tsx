import {describe, expect, test} from 'vitest';
import {buildReview} from '../../source/triage/review.js';
import {
	decisionsOnDisk,
	fixture,
	frame,
	keys,
	loadRun,
	press,
	redisLog,
	renderReview,
	type,
	type Fixture,
} from './helpers.js';

const template = 'https://github.com/org/repo/issues/%s';

/** The redis fixture with the rules file's issueUrl set. */
async function linkedFixture(): Promise<Fixture> {
	const data = await fixture();
	const analysis = {...data.analysis, issueUrl: template};
	return {
		...data,
		analysis,
		review: () => buildReview(analysis, data.journal.state()),
	};
}

async function redisIds() {
	const run = await loadRun(redisLog);
	return run.failures.map(failure => failure.id);
}

describe('I links an issue', () => {
	test('on an undecided failure: saved with its suggestion, shown with its URL', async () => {
		const data = await linkedFixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		expect(frame(app)).toContain(
			'no note (# adds one) · no issue (I links one)',
		);
		const {suggestion} = data.review().rows[0]!.analyzed;
		await press(app, 'I');
		expect(frame(app)).toContain('#123, JIRA-45 or a URL; Enter saves');
		await type(app, '#412');
		await press(app, keys.enter);
		expect(frame(app)).toContain(
			`linked #412 (and ${suggestion.category} ${suggestion.priority})`,
		);
		expect(frame(app)).toContain(
			'issue: #412 <https://github.com/org/repo/issues/412> · no note',
		);
		expect(decisionsOnDisk(data).get(ids[0]!)).toMatchObject({
			category: suggestion.category,
			issue: '#412',
		});
		// A new category keeps the link.
		await press(app, 'k', 't');
		expect(decisionsOnDisk(data).get(ids[0]!)).toMatchObject({
			category: 'TEST_DESIGN',
			issue: '#412',
		});
		app.unmount();
	});

	test('a hyperlink where the terminal has them: the reference links to its URL', async () => {
		const data = await linkedFixture();
		const app = await renderReview(data, {
			theme: {isColor: false, hasHyperlinks: true},
		});
		await press(app, 'I');
		await type(app, 'JIRA-45');
		await press(app, keys.enter);
		expect(frame(app)).toContain(
			'issue: \u001B]8;;https://github.com/org/repo/issues/JIRA-45\u0007JIRA-45\u001B]8;;\u0007 · no note',
		);
		// The URL is not repeated as text when it is a link.
		expect(frame(app)).not.toContain('<https://');
		app.unmount();
	});

	test('the draft starts from the link; an empty line removes it', async () => {
		const data = await linkedFixture();
		const ids = await redisIds();
		data.journal.decide({
			id: ids[0]!,
			phase: 'call',
			category: 'BUG',
			priority: 'HIGH',
			issue: '#7',
		});
		const app = await renderReview(data);
		expect(frame(app)).toContain(
			'issue: #7 <https://github.com/org/repo/issues/7>',
		);
		await press(app, 'I');
		expect(frame(app)).toContain('issue: #7');
		await press(app, keys.backspace, keys.backspace);
		await press(app, keys.enter);
		expect(frame(app)).toContain('removed the issue link');
		expect(frame(app)).toContain('no issue (I links one)');
		expect(decisionsOnDisk(data).get(ids[0]!)).toMatchObject({
			category: 'BUG',
			priority: 'HIGH',
		});
		expect(decisionsOnDisk(data).get(ids[0]!)).not.toHaveProperty('issue');
		app.unmount();
	});

	test('a reference that is not one word is refused and stays to be fixed; esc cancels', async () => {
		const data = await linkedFixture();
		const app = await renderReview(data);
		await press(app, 'I');
		await type(app, 'JIRA 45');
		await press(app, keys.enter);
		// The whole reason, on the line under the text (80 columns).
		expect(frame(app)).toMatch(
			/^✗ an issue reference is one word, such as #123, JIRA-45 or a URL: no spaces$/m,
		);
		expect(frame(app)).toContain('issue: JIRA 45');
		await press(app, keys.escape);
		expect(frame(app)).not.toContain('issue: JIRA');
		expect(decisionsOnDisk(data).size).toBe(0);
		app.unmount();
	});

	test('on the marked failures: one action links them all', async () => {
		const data = await linkedFixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		await press(app, keys.space, keys.space, keys.space);
		await press(app, 'I');
		expect(frame(app)).toContain('the issue of the 3 marked failures');
		await type(app, 'REDIS-1');
		await press(app, keys.enter);
		expect(frame(app)).toContain(
			'linked REDIS-1 (and decided 3 that had only a suggestion): 3 failures',
		);
		const onDisk = decisionsOnDisk(data);
		for (const id of ids.slice(0, 3)) {
			expect(onDisk.get(id)?.issue).toBe('REDIS-1');
		}

		expect(onDisk.size).toBe(3);
		// One undo step.
		await press(app, 'z');
		expect(decisionsOnDisk(data).size).toBe(0);
		app.unmount();
	});

	test('x gives the whole cluster the issue link with the decision', async () => {
		const data = await linkedFixture();
		const cluster = data.analysis.clusters.find(
			candidate => candidate.ids.length > 1,
		)!;
		const index = data.analysis.failures.findIndex(
			analyzed => analyzed.cluster === cluster.id,
		);
		const app = await renderReview(data);
		await press(app, ...Array.from({length: index}, () => 'j'), 'I');
		await type(app, 'REDIS-9');
		await press(app, keys.enter);
		// Linking decided the row and stayed on it.
		expect(frame(app)).toContain('issue: REDIS-9');

		await press(app, 'x');
		expect(frame(app)).toMatch(/Apply \w+ \w+ REDIS-9 to \d+ of/);
		await press(app, 'y');
		expect(frame(app)).toMatch(
			/saved: \w+ \w+ \(REDIS-9\) on \d+ failures? of cluster/,
		);
		const onDisk = decisionsOnDisk(data);
		for (const id of cluster.ids) {
			expect(onDisk.get(id)?.issue).toBe('REDIS-9');
		}

		// Nothing left to change, the link included.
		for (
			let step = 0;
			step < 200 && !frame(app).includes('issue: REDIS-9');
			step++
		) {
			await press(app, 'k');
		}

		await press(app, 'x');
		expect(frame(app)).toMatch(/are already \w+ \w+ \(REDIS-9\)/);
		app.unmount();
	});

	test('a hostile reference from the journal is shown inert, never as a live escape', async () => {
		const data = await linkedFixture();
		const ids = await redisIds();
		// Hand-edited or written by another tool: the journal takes any text.
		data.journal.decide({
			id: ids[0]!,
			phase: 'call',
			category: 'BUG',
			priority: 'HIGH',
			issue: '#1\u001B]8;;https://evil.test\u0007click\u001B[2J',
		});
		const app = await renderReview(data, {
			theme: {isColor: false, hasHyperlinks: true},
		});
		const text = frame(app);
		expect(text).toContain('␛]8;;https://evil.test␇click␛[2J');
		expect(text).not.toContain('\u001B]8;;https://evil.test');
		expect(text).not.toContain('\u001B[2J');
		// The link goes where the template says, the reference encoded into it.
		expect(text).toContain(
			'\u001B]8;;https://github.com/org/repo/issues/1%1B%5D8%3B%3Bhttps%3A%2F%2Fevil.test%07click%1B%5B2J\u0007',
		);
		app.unmount();
	});
});
