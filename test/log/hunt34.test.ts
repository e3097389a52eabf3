import fs from 'node:fs';
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

describe('-qq -s with failures: no `[100%]` and no final line (suite/quiet2)', () => {
	for (const name of ['qqs-p9-qqs', 'qqs-p7-qqs']) {
		test(`${name}: a short summary naming every F and E letter ends the run`, async () => {
			// Called cut: only the short summary's end says the run ended.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 3);
			expect(run.complete).toBe(true);
		});
	}

	test('a log cut inside its summary names fewer, and is still cut', async () => {
		const lines = fs
			.readFileSync(path.join(hunt, 'qqs-p9-qqs', 'run.log'), 'utf8')
			.trimEnd()
			.split('\n');
		const run = await parseText(lines.slice(0, -1).join('\n') + '\n');
		expect(run.complete).toBe(false);
	});
});

describe('-v -s under xdist: a worker’s stderr ending with an outcome word (suite/xdiststderr)', () => {
	for (const name of ['xdiststderr-p9-vs-n2', 'xdiststderr-p7-vs-n2']) {
		test(`${name}: every outcome is a [gwN] line; the word is output`, async () => {
			// `id health check 2: FAILED` (the controller's `id ` line, the worker's stderr glued to it) and `ERROR` alone
			// after an `id ` line were read as those tests' outcomes: a passed test failed, the run called incomplete.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 1);
			expect(run.complete).toBe(true);
			expect(run.counts.passed).toBe(7);
		});
	}
});
