import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkHeadlinesAgainstXml} from './against-xml.js';
import {parseText} from './helpers.js';

// What the thirty-fourth hunt's runs showed (fixtures/hunt/README.md, record-hunt34.sh).

const hunt = path.resolve('fixtures/hunt');

describe('-q -s: a test prints its own -v line, glued to the letters so far (suite/qvglued)', () => {
	for (const name of ['qvglued-p9-qs', 'qvglued-p7-qs']) {
		test(`${name}: output, even on the log's first line; the letters count`, async () => {
			// `F..sF...F.qvglued/test_qvglued.py::test_number[10] PASSED` was read as a test (in no XML), the progress then
			// named tests, and every letter after it was lost: the run was called incomplete.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 8);
			expect(run.complete).toBe(true);
			expect(run.counts.failed).toBe(8);
		});
	}
});

describe('-q: a -v line whose id starts with what may be letters', () => {
	test('a path above the rootdir (`../`) is an id, not letters', async () => {
		const run = await parseText(
			[
				'../other/test_a.py::test_one PASSED' + ' '.repeat(38) + '[ 50%]',
				'../other/test_a.py::test_two PASSED' + ' '.repeat(38) + '[100%]',
				'2 passed in 0.01s',
			].join('\n') + '\n',
		);
		expect(run.tests.map(test => test.outcome)).toEqual(['passed', 'passed']);
		expect(run.complete).toBe(true);
	});
});
