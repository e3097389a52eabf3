/**
Run by `huge-input.test.ts` as a process of its own: classifies one failure of 5 MB, named by the first argument,
and prints what came of it as JSON. A pattern that backtracks over such a failure takes minutes, and a regular
expression cannot be interrupted inside a test: only a separate process, killed at a time limit, shows it.
*/
import process from 'node:process';
import {builtInRules} from '../../source/classify/rules/built-in.js';
import {suggest} from '../../source/classify/rules/match.js';
import {signatureOf} from '../../source/classify/signature.js';
import {failing} from './failing.js';
import * as real from './real-failures.js';

const cases: Record<string, () => unknown> = {
	// Every built-in rule, on a message of 200,000 near misses of a connection refused.
	rules() {
		const line = `OSError: ${'Connection refuse_ 0x1f '.repeat(200_000)}`;
		const failure = failing('tests/test_x.py::test_y', {
			headline: line,
			traceback: `E   ${line}\n`.repeat(2),
		});
		return {rule: suggest(failure, {rules: builtInRules}).rule};
	},
	// The signature's masks (quotes, numbers, hex, paths) on a headline of 250,000 of each.
	signature() {
		const line = `AssertionError: ${'x\'1 "a" 0x1f /tmp/a '.repeat(250_000)}`;
		const signature = signatureOf({
			...real.jinjaPickle0,
			headline: line,
			traceback: `tests/test_utils.py:200: in test_pickle_missing\n    assert x\nE   ${line}`,
		});
		return {
			messageLength: signature.message.length,
			location: signature.location,
		};
	},
};

process.stdout.write(JSON.stringify(cases[process.argv[2]!]!()));
