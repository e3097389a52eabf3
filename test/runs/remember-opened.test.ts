import path from 'node:path';
import {expect, test} from 'vitest';
import type {RunHistory} from '../../source/runs/history/api.js';
import {rememberOpened} from '../../source/runs/history/use.js';

/** A history that keeps its meta values in a map and counts the writes. */
function fakeHistory() {
	const meta = new Map<string, string>();
	const writes: Array<[string, string]> = [];
	const history = {
		isReadonly: false,
		getMeta: (name: string) => meta.get(name),
		setMeta(name: string, value: string) {
			writes.push([name, value]);
			meta.set(name, value);
		},
	} as unknown as RunHistory;
	return {history, meta, writes};
}

test('the logs opened are remembered; the same logs opened again write nothing, others do', async () => {
	const {history, meta, writes} = fakeHistory();
	await rememberOpened(history, 'triage.jsonl', ['a.log', '-', 'b.log']);
	expect(meta.get('last_opened:triage.jsonl')).toBe(
		JSON.stringify([path.resolve('a.log'), path.resolve('b.log')]),
	);
	expect(writes).toHaveLength(1);

	await rememberOpened(history, 'triage.jsonl', ['a.log', 'b.log']);
	expect(writes).toHaveLength(1);

	await rememberOpened(history, 'triage.jsonl', ['b.log']);
	expect(writes).toHaveLength(2);
	expect(meta.get('last_opened:triage.jsonl')).toBe(
		JSON.stringify([path.resolve('b.log')]),
	);

	await rememberOpened(history, 'other.jsonl', ['b.log']);
	expect(writes).toHaveLength(3);
});
