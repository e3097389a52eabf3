import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkHeadlinesAgainstXml} from './against-xml.js';

// What helper hunt43's runs showed (fixtures/hunt/README.md, record-hunt43.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));

describe('a class failing at collection under xdist, in a file whose tests errored at teardown (xclassrun-*, seed 71829)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('xclassrun-')).toHaveLength(3);
	});

	for (const name of runsNamed('xclassrun-')) {
		test(`${name}: each worker's collection error is the class's`, async () => {
			// Before: the class's second entry, headed by its file, went to a test the summary names for its teardown's
			// ERROR (pytest 7.2: one collection error short; pytest 9: a collection error of a test that ran).
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 5);
			expect(
				run.failures
					.map(failure => `${failure.id} ${failure.outcome} ${failure.phase}`)
					.toSorted(),
			).toEqual([
				'test_classrun.py::TestBadIds error collect',
				'test_classrun.py::TestBadIds error collect',
				'test_classrun.py::test_fails_then_teardown error teardown',
				'test_classrun.py::test_fails_then_teardown failed call',
				'test_classrun.py::test_passes_then_teardown error teardown',
			]);
		});
	}
});
