import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml, xmlOf} from './against-xml.js';
import {xmlHeadlines} from './truth.js';

// What the fifty-seventh sweep's runs showed (fixtures/real-suites/README.md, record-sweep57.sh).

const root = path.resolve('fixtures/real-suites');
const read = async (name: string) => readLog(path.join(root, name, 'run.log'));

describe('doctests that reach for a network the machine does not have', () => {
	test("pytest 9 -v: each failing doctest's headline is its unexpected exception, as the XML's", async () => {
		const directory = path.join(root, 'pooch-p90-v-doctest-nonet');
		const run = await checkAgainstXml(directory);
		const headlineOf = xmlHeadlines(await readLog(xmlOf(directory)!));
		expect(run.failures).toHaveLength(2);
		for (const failure of run.failures) {
			expect(failure.headline).toMatch(
				/^requests\.exceptions\.ConnectionError: /,
			);
			expect(failure.headline).toBe(headlineOf(failure));
		}
	});

	// pytest 7.2's --tb=line prints a doctest's report cut at 50 characters (numbered docstring lines only) and its short
	// summary no message: nothing in the log names the ModuleNotFoundError the XML's message ends with.
	test.fails(
		"pytest 7.2 --tb=line: the log cannot tell the doctests' error",
		async () => {
			const directory = path.join(root, 'pooch-p7-tbline-doctest-nonet');
			const run = await read('pooch-p7-tbline-doctest-nonet');
			const headlineOf = xmlHeadlines(await readLog(xmlOf(directory)!));
			for (const failure of run.failures) {
				expect(failure.headline).toBe(headlineOf(failure));
			}
		},
	);
});

describe('an address-space limit that pytest itself runs into', () => {
	test('a MemoryError rewriting a test module is an INTERNALERROR before any test: incomplete, no test', async () => {
		const run = await read('pyarrow-p90-q-ulimit-v-internalerror');
		expect(run.complete).toBe(false);
		expect(run.tests).toHaveLength(0);
		expect(run.warnings.map(warning => warning.message)).toContain(
			'pytest INTERNALERROR: MemoryError',
		);
	});
});
