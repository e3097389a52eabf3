/**
How pure the clusters are: for every holdout run with an engineer's decisions (`holdout-N.json` beside its log), the
failures are grouped by four keys, and each grouping is counted: its clusters, the failures in clusters of more than
one, and the failures whose engineer's category is not their cluster's most common one (a person applying one
decision to such a cluster with `x` would get them wrong). The keys:

- `signature`: triage's signature (`classify/signature.ts`): the exception type, the masked message, and the
  innermost frame in test code;
- `raise-site`: the same with the innermost frame of all (where the exception was raised, in a library or not);
- `own-code`: the same with the innermost frame outside site-packages and Python's own library;
- `message`: the exception type and the masked message alone.

Written to answer whether one dead service should be one cluster (holdout 68's note): see README.md.

	node --import=tsx test/classify/acceptance/clusters.ts [--runs] [--impure KEY]
*/
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {framesOfTraceback} from '../../../source/classify/frames.js';
import {
	maskMessage,
	signatureOf,
	stablePath,
} from '../../../source/classify/signature.js';
import type {Failure} from '../../../source/log/model.js';
import {readLog} from '../../../source/log/read.js';
import {type Frame, splitHeadline} from '../../../source/log/traceback.js';

const folder = path.dirname(fileURLToPath(import.meta.url));
const keys = ['signature', 'raise-site', 'own-code', 'message'] as const;
type Key = (typeof keys)[number];
const library = /(?:site|dist)-packages|\/lib\/python3|^<frozen/;

function keysOf(failure: Failure): Record<Key, string> {
	const signature = signatureOf(failure).text;
	const {exceptionType, message} = splitHeadline(failure);
	const head = `${exceptionType ?? ''}: ${maskMessage(message)}`;
	const frames = framesOfTraceback(failure.traceback);
	const site = (frame: Frame | undefined) =>
		frame
			? `${stablePath(frame.path, failure.file)}:${frame.function ?? ''}`
			: '';
	const isCollect = failure.phase === 'collect';
	return {
		signature,
		'raise-site': isCollect ? signature : `${head} @ ${site(frames.at(-1))}`,
		'own-code': isCollect
			? signature
			: `${head} @ ${site(frames.findLast(frame => !library.test(frame.path)) ?? frames.at(-1))}`,
		message: head,
	};
}

function groupBy<T>(
	items: readonly T[],
	keyOf: (item: T) => string,
): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		const group = groups.get(key);
		if (group) {
			group.push(item);
		} else {
			groups.set(key, [item]);
		}
	}

	return groups;
}

const arguments_ = process.argv.slice(2);
const isPerRun = arguments_.includes('--runs');
const impureKey = arguments_[arguments_.indexOf('--impure') + 1] as
	Key | undefined;
const totals = new Map(
	keys.map(key => [key, {clusters: 0, inMerged: 0, impure: 0}]),
);
let decided = 0;
const holdouts = fs
	.readdirSync(folder)
	.filter(name => /^holdout-\d+\.json$/.test(name))
	.toSorted((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
for (const name of holdouts) {
	const log = path.join(folder, name.replace(/\.json$/, '.log'));
	if (!fs.existsSync(log)) {
		continue;
	}

	const decisions = JSON.parse(
		fs.readFileSync(path.join(folder, name), 'utf8'),
	) as Array<{
		id: string;
		phase: string;
		category: string;
	}>;
	const categoryOf = new Map(
		decisions.map(entry => [`${entry.id}\0${entry.phase}`, entry.category]),
	);
	const rows: Array<{category: string; keys: Record<Key, string>}> = [];
	const run = await readLog(log);
	for (const failure of run.failures) {
		const category = categoryOf.get(`${failure.id}\0${failure.phase}`);
		if (category) {
			rows.push({category, keys: keysOf(failure)});
		}
	}

	decided += rows.length;
	const line = [`${name.replace(/\.json$/, '')}: ${rows.length} decided`];
	for (const key of keys) {
		const groups = groupBy(rows, row => row.keys[key]);
		let impure = 0;
		let inMerged = 0;
		for (const [text, members] of groups) {
			const counts = groupBy(members, member => member.category);
			const most = Math.max(...[...counts.values()].map(group => group.length));
			impure += members.length - most;
			inMerged += members.length > 1 ? members.length : 0;
			if (key === impureKey && counts.size > 1) {
				console.log(
					`${name} ${members.map(member => member.category).join(',')} ${text.slice(0, 160)}`,
				);
			}
		}

		const total = totals.get(key)!;
		total.clusters += groups.size;
		total.inMerged += inMerged;
		total.impure += impure;
		line.push(`${key} ${groups.size}/${impure}`);
	}

	if (isPerRun) {
		console.log(line.join('  '));
	}
}

console.log(`${holdouts.length} holdouts, ${decided} decided failing reports`);
for (const [key, total] of totals) {
	console.log(
		`${key.padEnd(10)} ${total.clusters} clusters, ${total.inMerged} failures in clusters of more than one, ${total.impure} against their cluster's most common category`,
	);
}
