import {expect, test} from 'vitest';
import {
	decisionsOnDisk,
	expectFits,
	fixture,
	frame,
	press,
	renderReview,
	selectedLine,
} from './helpers.js';

const size = {rows: 30, columns: 120};

/** The preview's row of a failure: the line that ends with its id (cut at its start when long). */
function lineOf(app: Parameters<typeof frame>[0], id: string): string {
	return (
		frame(app)
			.split('\n')
			.find(line => line.endsWith(id.slice(-50)) && line.includes('→')) ?? ''
	);
}

test("x's preview marks the rows whose decision it replaces (!) and says how many below them", async () => {
	const data = await fixture();
	// A cluster whose preview fits the screen whole.
	const cluster = data.analysis.clusters.find(
		each => each.ids.length >= 5 && each.ids.length <= 12,
	)!;
	expect(cluster).toBeDefined();
	const failures = data.analysis.failures.filter(
		analyzed => analyzed.cluster === cluster.id,
	);
	const [first, second, third] = failures;
	data.journal.decide({
		id: first!.failure.id,
		phase: first!.failure.phase,
		category: 'BUG',
		priority: 'LOW',
	});
	data.journal.decide({
		id: second!.failure.id,
		phase: second!.failure.phase,
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
	});
	data.journal.decide({
		id: third!.failure.id,
		phase: third!.failure.phase,
		category: 'TEST_DESIGN',
		priority: 'HIGH',
	});
	const app = await renderReview(data, {}, size);
	const index = data.analysis.failures.indexOf(first!);
	await press(app, ...Array.from({length: index}, () => 'j'));
	expect(selectedLine(app)).toContain('BUG');
	await press(app, 'x');
	const changed = failures.length - 1;
	expect(frame(app)).toContain(
		`Apply BUG LOW to ${changed} of ${failures.length} failures in cluster ${cluster.id}?`,
	);
	expect(lineOf(app, second!.failure.id)).toMatch(
		/^! (FAIL|ERR ) CONFIGURATION MEDIUM +→ BUG LOW /,
	);
	expect(lineOf(app, third!.failure.id)).toMatch(
		/^! (FAIL|ERR ) TEST_DESIGN HIGH +→ BUG LOW /,
	);
	for (const undecided of failures.slice(3)) {
		expect(lineOf(app, undecided.failure.id)).toMatch(
			/^ {2}(FAIL|ERR ) \w+ \w+ \(suggested\) +→ BUG LOW /,
		);
	}

	expect(frame(app)).toContain(
		`! replaces 2 decisions; ${changed - 2} rows undecided`,
	);
	// The arrows line up, a suggestion's longer state too (`environment medium (suggested)`).
	const arrows = new Set(
		failures
			.slice(1)
			.map(analyzed => [...lineOf(app, analyzed.failure.id)].indexOf('→')),
	);
	expect(arrows.size).toBe(1);
	const fit = expectFits(app, size);
	expect(fit.isShortEnough).toBe(true);
	expect(fit.tooWide).toEqual([]);
	await press(app, 'y');
	expect(frame(app)).toContain(
		`saved: BUG LOW on ${changed} failures of cluster ${cluster.id}`,
	);
	const onDisk = [...decisionsOnDisk(data).values()];
	expect(onDisk).toHaveLength(failures.length);
	for (const decision of onDisk) {
		expect(decision).toMatchObject({category: 'BUG', priority: 'LOW'});
	}

	app.unmount();
});

test("x's preview of a cluster with no decision says it replaces none, and marks no row", async () => {
	const data = await fixture();
	const cluster = data.analysis.clusters.find(
		each => each.ids.length >= 3 && each.ids.length <= 12,
	)!;
	const index = data.analysis.failures.findIndex(
		analyzed => analyzed.cluster === cluster.id,
	);
	const app = await renderReview(data, {}, size);
	await press(app, ...Array.from({length: index}, () => 'j'), 'x');
	expect(frame(app)).toContain(
		`replaces no decision: all ${cluster.ids.length} are undecided`,
	);
	expect(frame(app)).not.toMatch(/^! /m);
	app.unmount();
});

test('a cluster longer than the screen: the preview scrolls to its last row with its footer in view, within 80×24', async () => {
	const data = await fixture();
	const [largest] = data.analysis.clusters;
	const index = data.analysis.failures.findIndex(
		analyzed => analyzed.cluster === largest!.id,
	);
	const app = await renderReview(data);
	await press(app, ...Array.from({length: index}, () => 'j'), 'x');
	const total = largest!.ids.length;
	expect(frame(app)).toMatch(new RegExp(`── 1–\\d+ of ${total} \\(j/k\\) ──`));
	expect(frame(app)).toContain(
		`replaces no decision: all ${total} are undecided`,
	);
	await press(app, ...Array.from({length: total}, () => 'j'));
	expect(frame(app)).toMatch(
		new RegExp(`── \\d+–${total} of ${total} \\(j/k\\) ──`),
	);
	expect(frame(app)).toContain('replaces no decision');
	const fit = expectFits(app, {rows: 24, columns: 80});
	expect(fit.isShortEnough).toBe(true);
	expect(fit.tooWide).toEqual([]);
	app.unmount();
});

test("x's preview on a 60-column screen names each row's state as the list does (ENV, MED) and keeps its id in view", async () => {
	const data = await fixture();
	const cluster = data.analysis.clusters.find(
		each => each.ids.length >= 3 && each.ids.length <= 8,
	)!;
	const failures = data.analysis.failures.filter(
		analyzed => analyzed.cluster === cluster.id,
	);
	const [first, second] = failures;
	data.journal.decide({
		id: first!.failure.id,
		phase: first!.failure.phase,
		category: 'ENVIRONMENT',
		priority: 'LOW',
	});
	data.journal.decide({
		id: second!.failure.id,
		phase: second!.failure.phase,
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
	});
	const narrow = {rows: 20, columns: 60};
	const app = await renderReview(data, {}, narrow);
	const index = data.analysis.failures.indexOf(first!);
	await press(app, ...Array.from({length: index}, () => 'j'), 'x');
	expect(frame(app)).toContain(
		`Apply ENVIRONMENT LOW to ${failures.length - 1} of ${failures.length}`,
	);
	const rows = frame(app)
		.split('\n')
		.filter(line => line.includes(' → '));
	expect(rows).toHaveLength(failures.length - 1);
	expect(rows[0]).toMatch(/^! (FAIL|ERR ) CONF MED → ENV LOW /);
	for (const row of rows.slice(1)) {
		expect(row).toMatch(/^ {2}(FAIL|ERR ) [a-z]+ [a-z]+ +→ ENV LOW /);
	}

	// Each row's id has half the screen: the rows were 48 columns of the same state and target, and two
	// ids that end alike (…ambda>0]) could not be told apart.
	for (const [row, analyzed] of rows.map(
		(line, at) => [line, failures[at + 1]!] as const,
	)) {
		const id = row.slice(row.indexOf(' → ') + ' → ENV LOW '.length);
		expect(id.length).toBeGreaterThanOrEqual(30);
		expect(analyzed.failure.id.endsWith(id.replace(/^…/, ''))).toBe(true);
	}

	const fit = expectFits(app, narrow);
	expect(fit.isShortEnough).toBe(true);
	expect(fit.tooWide).toEqual([]);
	app.unmount();
});

test('x on a stale row offers its suggestion, as it says, not the stale decision it no longer holds', async () => {
	const data = await fixture();
	const first = data.review().rows[0]!;
	const {suggestion} = first.analyzed;
	const category = suggestion.category === 'UNKNOWN' ? 'BUG' : 'UNKNOWN';
	const priority = suggestion.priority === 'LOW' ? 'HIGH' : 'LOW';
	data.journal.decide({
		id: first.analyzed.failure.id,
		phase: first.analyzed.failure.phase,
		category,
		priority,
		signature: 'an-older-error',
	});
	const app = await renderReview(data, {}, size);
	expect(frame(app)).toContain('1 stale');
	await press(app, 'x');
	// It offered the stale decision's category and priority, labelled `(its suggestion)`.
	expect(frame(app)).toContain(
		`Apply ${suggestion.category} ${suggestion.priority} to `,
	);
	expect(frame(app)).toContain('(its suggestion) y or Enter applies');
	await press(app, 'y');
	expect(decisionsOnDisk(data).get(first.key)).toMatchObject({
		category: suggestion.category,
		priority: suggestion.priority,
	});
	app.unmount();
});
