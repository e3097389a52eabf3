/**
The rules memo keeps, for a message and the traits a text-only rule reads, which rules are worth trying
again. A suggestion made through it must be the one made by trying every rule in order.
*/
import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, expect, test} from 'vitest';
import {areaOf} from '../../../source/classify/area.js';
import {builtInRules} from '../../../source/classify/rules/built-in.js';
import {matches, suggest} from '../../../source/classify/rules/match.js';
import {readLog} from '../../../source/log/read.js';

const root = path.join(import.meta.dirname, '../../..');
const acceptance = path.join(root, 'test/classify/acceptance');
const logs = [
	path.join(root, 'fixtures/demo/run.log'),
	...readdirSync(path.join(root, 'fixtures/real'), {withFileTypes: true})
		.filter(entry => entry.isDirectory())
		.map(entry => {
			const log = path.join(root, 'fixtures/real', entry.name, 'run.log');
			return existsSync(log) ? log : `${log}.gz`;
		}),
	...readdirSync(acceptance)
		.filter(name => name.endsWith('.log'))
		.map(name => path.join(acceptance, name)),
];

// A copy of the rule list is a list the memo has never seen: every rule is tried in order. One list for every
// log below, so that each log's failures meet a memo the logs before it filled.
const rules = [...builtInRules];

beforeAll(() => {
	// Past 2,048 messages a run is a large one and each message is first checked for the words of each
	// pattern (classify/literals.ts): the real failures below are suggested through those words.
	for (let index = 0; index < 2100; index++) {
		suggest(
			{
				id: `tests/test_warm.py::test_${index}`,
				file: 'tests/test_warm.py',
				outcome: 'failed',
				phase: 'call',
				headline: `AssertionError: value ${index} is not ${index + 1}`,
				traceback: '',
				captured: [],
			},
			{rules, area: 'warm', isFlaky: false},
		);
	}
});

// A test for each log (the logs grow with every acceptance round): each has its own time.
test.each(logs.map(log => [path.relative(root, log), log]))(
	'every failure of %s gets the same suggestion through the memo as without it',
	async (_name, log) => {
		const {failures} = await readLog(log);
		expect(failures.length).toBeGreaterThan(0);
		for (const isFlaky of [false, true]) {
			// What every rule tried in order gives, and the first rule that matches (each tried on its own without
			// any memo): made once per failure, as neither reads a memo, and compared with both passes below.
			const expected = failures.map(failure => {
				const context = {area: areaOf(failure.file), isFlaky};
				return {
					failure,
					context,
					fresh: suggest(failure, {...context, rules: [...builtInRules]}),
					first: builtInRules.find(rule => matches(rule, failure, context)),
				};
			});
			// Twice: the first pass fills the memo, the second reads it.
			for (const pass of [1, 2]) {
				for (const {failure, context, fresh, first} of expected) {
					const remembered = suggest(failure, {...context, rules});
					expect(
						remembered,
						`${failure.id} [${failure.phase}], pass ${pass}`,
					).toEqual(fresh);
					expect(remembered.rule, `${failure.id} [${failure.phase}]`).toBe(
						first?.name ?? 'default',
					);
				}
			}
		}
	},
	120_000,
);
