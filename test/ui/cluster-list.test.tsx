import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {buildReview} from '../../source/triage/review.js';
import {fixture, frame, keys, press, renderReview, type} from './helpers.js';

const psycopg2Log = path.resolve(
	'fixtures/real/psycopg2-pg-stopped-rA/run.log.gz',
);

test('the cluster list tells apart clusters whose masked messages read the same: crash site, a test, the unmasked headline', async () => {
	const data = await fixture(psycopg2Log);
	const [first, second, third] = data.analysis.clusters;
	// Three clusters, one masked message, one headline: only where they crashed differs.
	expect(
		new Set([first, second, third].map(cluster => cluster!.headline)).size,
	).toBe(1);
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	await press(app, keys.tab);
	const lines = frame(app).split('\n');
	const rowOf = (id: string) => lines.findIndex(line => line.includes(id));
	for (const cluster of [first!, second!, third!]) {
		const row = rowOf(cluster.id);
		expect(row, cluster.id).toBeGreaterThan(-1);
		// The headline as the log has it: the address the signature masks as <str>.
		expect(lines[row]).toContain('psycopg2.OperationalError: connection to');
		expect(lines[row]).not.toContain('<str>');
		expect(lines[row + 1]).toContain(`${cluster.crashSite!} · e.g. `);
	}

	expect(lines[rowOf(first!.id) + 1]).toContain(
		'tests/testutils.py:109 in connect',
	);
	expect(lines[rowOf(second!.id) + 1]).toContain('tests/dbapi20.py:');
	expect(lines[rowOf(third!.id) + 1]).toContain(
		'tests/test_psycopg2_dbapi20.py:',
	);
	expect(lines.every(line => [...line].length <= 120)).toBe(true);
	app.unmount();
});

test("x's preview tells a test's call failure from its teardown error, as the list does", async () => {
	const data = await fixture(psycopg2Log);
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	// The first failure is LargeObjectTests::test_close, FAILED in its call and ERROR at its teardown.
	await press(app, 'x');
	const lines = frame(app)
		.split('\n')
		.filter(
			line =>
				line.startsWith('  ') && line.endsWith('LargeObjectTests::test_close'),
		);
	expect(lines).toHaveLength(2);
	expect(lines[0]).toMatch(/^ {2}FAIL environment high \(suggested\) +→ /);
	expect(lines[1]).toMatch(/^ {2}ERR {2}environment high \(suggested\) +→ /);
	expect(
		frame(app)
			.split('\n')
			.every(line => [...line].length <= 120),
	).toBe(true);
	app.unmount();
});

test('the cluster list opens on a run with more clusters than a call takes arguments (a million-failure log)', async () => {
	const data = await fixture(psycopg2Log);
	const [first] = data.analysis.clusters;
	const clusters = Array.from({length: 200_000}, (_, index) => ({
		...first!,
		id: index.toString(16).padStart(10, '0'),
	}));
	const analysis = {...data.analysis, clusters};
	const app = await renderReview(
		{
			...data,
			analysis,
			review: () => buildReview(analysis, data.journal.state()),
		},
		{},
		{rows: 40, columns: 120},
	);
	await press(app, keys.tab);
	expect(frame(app)).toContain('200,000 clusters');
	expect(frame(app)).toContain('0000000000');
	app.unmount();
});

test('failures whose error the log does not show yet are no cluster: the list says so and counts only real clusters', async () => {
	// The demo run cut before its ERRORS and FAILURES sections, as a live run is until pytest prints them:
	// 40 failing reports, none with its error.
	const demo = fs.readFileSync(path.resolve('fixtures/demo/run.log'), 'utf8');
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-unread-'));
	const log = path.join(folder, 'run.log');
	fs.writeFileSync(log, demo.split('\n').slice(0, 150).join('\n'));
	const data = await fixture(log);
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	await press(app, keys.tab);
	const lines = frame(app).split('\n');
	expect(lines[2]).toBe(
		'0 clusters of identical failures, largest first (Enter shows its failures) · 40 whose error is not in the log yet',
	);
	expect(lines[3]).toMatch(
		/^› 40 {2}0\/40 decided — +unknown errors not in the log yet: no cluster until each is read$/,
	);
	app.unmount();
	fs.rmSync(folder, {recursive: true, force: true});
});

test('with a filter on, the cluster list lists the clusters of the failures it shows', async () => {
	const data = await fixture(path.resolve('fixtures/demo/run.log'));
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	await press(app, 'F');
	await type(app, 'cache');
	await press(app, keys.enter, keys.tab);
	const lines = frame(app).split('\n');
	expect(lines[1]).toContain('filter /cache/: 6 shown');
	expect(lines[2]).toBe(
		'6 clusters of identical failures among the 6 failures shown, largest first (Enter shows its failures)',
	);
	const listed = lines.filter(line =>
		/ \d+\/\d+ decided [\da-f]{10} /.test(line),
	);
	expect(listed).toHaveLength(6);
	// Every one is a cluster of a cache test; the demo run has 42 clusters in all.
	expect(data.analysis.clusters.length).toBeGreaterThan(6);
	await press(app, 'j', keys.enter);
	expect(frame(app)).toMatch(
		/cluster [\da-f]{10}: 1 failure; esc goes back to the filter before/,
	);
	expect(frame(app).split('\n')[1]).toMatch(
		/filter cluster [\da-f]{10}: 1 shown/,
	);
	// Esc drops the cluster and puts back the filter that choosing it put aside.
	await press(app, keys.escape);
	expect(frame(app).split('\n')[1]).toContain('filter /cache/: 6 shown');
	expect(frame(app)).toContain(
		'cluster filter cleared; the filter before it is back',
	);
	app.unmount();
});

test('the cluster list shows the category a whole cluster is decided as (capitals), else its suggestion (lower case)', async () => {
	const data = await fixture(path.resolve('fixtures/demo/run.log'));
	const {failures, clusters} = data.analysis;
	// A cluster of several failures suggested BUG, and the first of them in the list.
	const cluster = clusters.find(
		each => each.ids.length > 1 && each.suggestion.category === 'BUG',
	)!;
	const index = failures.findIndex(each => each.cluster === cluster.id);
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	const goToIt = async () =>
		press(app, 'g', ...Array.from({length: index}, () => 'j'));
	const clusterLine = () =>
		frame(app)
			.split('\n')
			.find(line => line.includes(` ${cluster.id} `)) ?? '';
	const size = cluster.ids.length;

	// One of them decided ENVIRONMENT: the others still go by the suggestion.
	await goToIt();
	await press(app, 'e', keys.tab);
	expect(clusterLine()).toContain(`1/${size} decided ${cluster.id} bug `);

	// All of them: the cluster reads as decided, as each of its rows does in the failure list.
	await press(app, keys.tab);
	await goToIt();
	// The list opens on the next failure to look at: g goes up to the largest clusters, where this one is.
	await press(app, 'x', 'y', keys.tab, 'g');
	expect(clusterLine()).toContain(
		`${size}/${size} decided ${cluster.id} ENVIRONMENT `,
	);
	app.unmount();
});

test('at 60 columns a cluster whose crash site leaves no room for an example shows the site alone, not `e.g. ……`', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, {rows: 20, columns: 60});
	await press(app, keys.tab);
	const lines = frame(app).split('\n');
	const sites = lines.filter(line => /^ {3,}\S+:\d+ in /.test(line));
	expect(sites.length).toBeGreaterThan(0);
	for (const line of sites) {
		expect(line).not.toMatch(/e\.g\. ?…?…$/);
		expect(line).not.toMatch(/e\.g\.$/);
		expect([...line].length).toBeLessThanOrEqual(60);
		// An example shown is at least ten columns of an id.
		const example = /e\.g\. (.+)$/.exec(line)?.[1];
		if (example !== undefined) {
			expect([...example].length).toBeGreaterThanOrEqual(10);
		}
	}

	app.unmount();
});

test('x on the cluster list previews the highlighted cluster, as Enter then x does; y applies it (QA 46: "x: no such key here")', async () => {
	const data = await fixture(psycopg2Log);
	const [, second] = data.analysis.clusters;
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	// The second cluster, not the current row's: x takes the highlighted one.
	await press(app, keys.tab, 'g', 'j', 'x');
	expect(frame(app)).not.toContain('no such key here');
	expect(frame(app)).toMatch(
		new RegExp(
			`Apply ENVIRONMENT HIGH to ${second!.ids.length} of ${second!.ids.length} failures in cluster ${second!.id}\\?`,
		),
	);
	await press(app, 'y');
	expect(frame(app)).toContain(
		`✓ saved: ENVIRONMENT HIGH on ${second!.ids.length} failures of cluster ${second!.id}`,
	);
	expect(frame(app).split('\n')[1]).toContain(`${second!.ids.length}/`);
	app.unmount();
});
