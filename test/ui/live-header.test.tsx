import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import type {LiveSnapshot} from '../../source/live/live-review.js';
import {readLog} from '../../source/log/read.js';
import {
	demoLog,
	fixture,
	fixtureOf,
	frame,
	press,
	renderReview,
} from './helpers.js';

test("triage run's header names the command running, not stdin", async () => {
	const data = await fixture();
	const snapshot: LiveSnapshot = {
		progress: {
			phase: 'running',
			bytes: 1024,
			tests: 3,
			failures: 1,
			startedAt: Date.now(),
			name: 'python3 -m pytest -v tests',
		},
	};
	const app = await renderReview(data, {
		live: {subscribe: () => () => undefined, get: () => snapshot},
	});
	const [top] = frame(app).split('\n');
	expect(top).toMatch(/^python3 -m pytest -v tests · RUNNING · /);
	expect(top).not.toContain('stdin');
	app.unmount();
});

test('once the command has ended, the header names the log the run was kept as, not the command', async () => {
	const data = await fixture();
	const snapshot: LiveSnapshot = {
		progress: {
			phase: 'ended',
			bytes: 1024,
			tests: 3,
			failures: 1,
			startedAt: Date.now() - 4000,
			endedAt: Date.now(),
			name: 'python3 -m pytest -v tests',
		},
	};
	const app = await renderReview(data, {
		live: {subscribe: () => () => undefined, get: () => snapshot},
	});
	const [top] = frame(app).split('\n');
	expect(top).not.toContain('python3 -m pytest');
	expect(top).toMatch(/^run\.log/);
	app.unmount();
});

test('once the command has ended with its log kept nowhere (--no-history), the header still names the command, not stdin', async () => {
	const run = await readLog('-', {
		stream: fs.createReadStream(demoLog),
	});
	const data = fixtureOf([run]);
	const snapshot: LiveSnapshot = {
		progress: {
			phase: 'ended',
			bytes: 1024,
			tests: 3,
			failures: 1,
			startedAt: Date.now() - 4000,
			endedAt: Date.now(),
			name: 'python3 -m pytest -v tests',
		},
	};
	const app = await renderReview(data, {
		live: {subscribe: () => () => undefined, get: () => snapshot},
	});
	const [top] = frame(app).split('\n');
	expect(top).toMatch(/^python3 -m pytest -v tests · complete · /);
	expect(top).not.toContain('stdin');
	app.unmount();
});

test("triage run's first frame already shows the run as running: no frame calls it an incomplete run of stdin with no failures", async () => {
	const run = await readLog('-', {
		stream: fs.createReadStream(demoLog),
	});
	const data = fixtureOf([run]);
	const snapshot: LiveSnapshot = {
		progress: {
			phase: 'running',
			bytes: 1024,
			tests: 3,
			failures: 1,
			startedAt: Date.now(),
			name: 'python3 -m pytest -v tests',
		},
	};
	const app = await renderReview(data, {
		live: {subscribe: () => () => undefined, get: () => snapshot},
	});
	const [first] = app.frames;
	expect(first).toMatch(/^python3 -m pytest -v tests · RUNNING · /);
	expect(first).not.toContain('stdin');
	app.unmount();
});

test("a command too long for the line is cut in its middle: the run's status, elapsed time and counts stay on screen", async () => {
	const data = await fixture();
	const name =
		'python3 -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors --basetemp=.pytest-tmp tests/chaos';
	const snapshot: LiveSnapshot = {
		progress: {
			phase: 'running',
			bytes: 1024,
			tests: 3,
			failures: 1,
			percent: 20,
			startedAt: Date.now() - 65_000,
			name,
		},
	};
	const app = await renderReview(
		data,
		{live: {subscribe: () => () => undefined, get: () => snapshot}},
		{rows: 24, columns: 120},
	);
	const [top] = frame(app).split('\n');
	expect(top).toMatch(
		/^python3 -m pytest \S.*….* · RUNNING \[ 20%] · 1:0\d · 33 failed · 132 error/,
	);
	expect(top!.length).toBeLessThanOrEqual(120);
	app.unmount();
});

test('a -q run counts failures before it names them: while it runs the list and the status line say how many and why none is listed, not "No failures yet" under a header that counts one', async () => {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-live-q-'));
	// Real pytest 9 -q, its first line cut while the run went on: two failures and an error, no id yet.
	const log = path.join(directory, 'run.log');
	fs.writeFileSync(log, '.F..F..E');
	const data = fixtureOf([await readLog(log)]);
	const snapshot: LiveSnapshot = {
		progress: {
			phase: 'running',
			bytes: 8,
			tests: 8,
			failures: 3,
			startedAt: Date.now(),
			name: 'python3 -m pytest -q tests',
		},
	};
	const app = await renderReview(
		data,
		{live: {subscribe: () => () => undefined, get: () => snapshot}},
		{rows: 24, columns: 160},
	);
	const lines = frame(app).split('\n');
	expect(lines[0]).toMatch(/RUNNING .*2 failed · 1 error/);
	expect(frame(app)).not.toContain('No failures yet');
	expect(frame(app)).toContain(
		'3 failing so far, not named yet: pytest names them at the end of the run (-v names each as it runs).',
	);
	expect(lines.at(-2)).toContain('3 failing so far, not named yet');
	app.unmount();
	fs.rmSync(directory, {recursive: true, force: true});
});

test('a category key while a -q run has failures it has not named yet says so, not "no failure so far" (QA 29)', async () => {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-live-q-'));
	const log = path.join(directory, 'run.log');
	fs.writeFileSync(log, '.F..F..E');
	const data = fixtureOf([await readLog(log)]);
	const snapshot: LiveSnapshot = {
		progress: {
			phase: 'running',
			bytes: 8,
			tests: 8,
			failures: 3,
			startedAt: Date.now(),
			name: 'python3 -m pytest -q tests',
		},
	};
	const app = await renderReview(
		data,
		{live: {subscribe: () => () => undefined, get: () => snapshot}},
		{rows: 24, columns: 160},
	);
	await press(app, 'b');
	const lines = frame(app).split('\n');
	expect(frame(app)).not.toContain('no failure so far');
	expect(lines.at(-2)).toContain(
		'nothing to decide yet: 3 failing so far, not named yet: pytest names them at the end of the run',
	);
	app.unmount();
	fs.rmSync(directory, {recursive: true, force: true});
});
