/**
Keys per failure (issue 12): what a careful engineer presses to triage the demo run with the suggestions and
cluster apply. The keys are planned from the engineer's decisions (test/classify/acceptance/demo-run.json):
on the selected failure, `x` `y` when every undecided failure of its cluster takes the suggestion as it is,
`a` when this one does, else a priority key when it differs and a category key. They are then sent to the
built CLI in tmux, and the triage file is read back: every decision must be the engineer's.

npm run build && node --import=tsx bench/keys.ts   (needs tmux)
*/
import {execFileSync} from 'node:child_process';
import process from 'node:process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {analyze} from '../source/classify/analyze.js';
import type {Phase} from '../source/log/model.js';
import {readLog} from '../source/log/read.js';
import {openJournal} from '../source/triage/journal.js';
import {decisionFor} from '../source/triage/journal/fold.js';

type D = {id: string; phase: Phase; category: string; priority: string};
const root = process.cwd();
const decisions = JSON.parse(
	fs.readFileSync('test/classify/acceptance/demo-run.json', 'utf8'),
) as D[];
const run = await readLog('fixtures/demo/run.log');
const analysis = analyze([run]);
const rows = analysis.failures;
const want = (i: number) =>
	decisions.find(
		d => d.id === rows[i]!.failure.id && d.phase === rows[i]!.failure.phase,
	)!;
const decided = Array.from({length: rows.length}).fill(false);
const catKey: Record<string, string> = {
	BUG: 'b',
	CONFIGURATION: 'c',
	ENVIRONMENT: 'e',
	TEST_DESIGN: 't',
	UNKNOWN: 'u',
};
const prioKey: Record<string, string> = {HIGH: '1', MEDIUM: '2', LOW: '3'};
const keys: string[] = [];
let cursor = 0;
while (decided.includes(false)) {
	const r = rows[cursor]!;
	const s = r.suggestion;
	const members = [...rows.keys()].filter(
		i => !decided[i] && rows[i]!.cluster === r.cluster,
	);
	if (
		members.length > 1 &&
		members.every(
			i => want(i).category === s.category && want(i).priority === s.priority,
		)
	) {
		keys.push('x', 'y');
		for (const i of members) {
			decided[i] = true;
		}
	} else if (
		want(cursor).category === s.category &&
		want(cursor).priority === s.priority
	) {
		keys.push('a');
		decided[cursor] = true;
	} else {
		if (want(cursor).priority !== s.priority)
			keys.push(prioKey[want(cursor).priority]!);
		keys.push(catKey[want(cursor).category]!);
		decided[cursor] = true;
	}

	let next = -1;
	for (let k = 1; k <= rows.length; k++) {
		const i = (cursor + k) % rows.length;
		if (!decided[i]) {
			next = i;
			break;
		}
	}

	if (next === -1) break;
	cursor = next;
}

console.log(
	`plan: ${keys.length} keys for ${rows.length} failures = ${(keys.length / rows.length).toFixed(2)} per failure: ${keys.join(' ')}`,
);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replay-'));
fs.copyFileSync('fixtures/demo/run.log', path.join(dir, 'run.log'));
const session = 'replay' + process.pid;
const tmux = (...args: string[]) =>
	execFileSync('tmux', args, {encoding: 'utf8'});
tmux(
	'new',
	'-d',
	'-s',
	session,
	'-x',
	'120',
	'-y',
	'40',
	'-c',
	dir,
	`TRIAGE_HISTORY=off node ${root}/dist/cli.js run.log`,
);
const sleep = async (ms: number) =>
	new Promise(resolve => {
		setTimeout(resolve, ms);
	});
for (
	let i = 0;
	i < 100 && !tmux('capture-pane', '-p', '-t', session).includes('decided');
	i++
) {
	await sleep(200);
}

for (const key of keys) {
	tmux('send-keys', '-t', session, key);
	await sleep(350);
}

await sleep(1500);
const screen = tmux('capture-pane', '-p', '-t', session);
console.log(screen.split('\n').slice(0, 2).join('\n'));
tmux('send-keys', '-t', session, 'q');
await sleep(1500);
try {
	tmux('kill-session', '-t', session);
} catch {
	// It ended with the review.
}

const journal = openJournal(path.join(dir, 'triage.jsonl'), {
	now: () => new Date(),
});
const state = journal.state();
let same = 0;
for (const d of decisions) {
	const got = decisionFor(state, d.id, d.phase);
	if (got?.category === d.category && got.priority === d.priority) same++;
	else
		console.log(
			'differs',
			d.id,
			d.phase,
			d.category,
			d.priority,
			got?.category,
			got?.priority,
		);
}

console.log(
	`triage file: ${same} of ${decisions.length} decisions as the engineer's`,
);
