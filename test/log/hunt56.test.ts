import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import {Readable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml} from './against-xml.js';
import {parseText, rule} from './helpers.js';
import {savedForms} from './saved-forms.js';

// What helper hunt56 found (fixtures/hunt/README.md, record-hunt56.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));
const esc = '\u001B';

async function readBytes(bytes: Buffer): Promise<Run> {
	return readLog('test.log', {stream: Readable.from([bytes])});
}

const summaryOf = (run: Run) => ({
	tests: run.tests.map(({id, outcome}) => `${id} ${outcome}`),
	failures: run.failures.map(failure => `${failure.id} ${failure.headline}`),
	complete: run.complete,
});

describe("GitLab's saved log cutting an id's escape string in two (hunt 55's leftover)", () => {
	const gitlab = savedForms.find(([name]) =>
		name.startsWith("GitLab's raw job log with timestamps"),
	)![1];

	for (const name of runsNamed('oscopen-')) {
		test(`${name}: read as the log itself`, async () => {
			// Before: each part's sequences were stripped before the parts were joined, so `test_fails[ESC]0;open `
			// lost its string to the line's end (`test_fails[`), and with it the id's `]` and outcome.
			const bytes = fs.readFileSync(path.join(hunt, name, 'run.log'));
			const saved = summaryOf(await readBytes(gitlab(bytes)));
			const plain = summaryOf(await readBytes(bytes));
			expect(saved.tests).toEqual(plain.tests);
			expect(saved.failures).toEqual(plain.failures);
			expect(saved.complete).toBe(plain.complete);
		});
	}

	const time = '2026-11-30T10:00:00.000001Z';
	const lines = (...texts: string[]) =>
		Buffer.from(texts.map(text => `${text}\n`).join(''));
	const session = [
		`${time} 01O ============================= test session starts ==============================`,
		`${time} 01O collected 2 items`,
		`${time} 01O `,
	];

	test("a `-v` line cut inside its id's string, and a colour cut in two", async () => {
		const run = await readBytes(
			lines(
				...session,
				`${time} 01O t.py::test_a[${esc}]0;open `,
				`${time} 01O+title] PASSED                                    [ 50%]`,
				`${time} 01O t.py::test_b ${esc}[3`,
				`${time} 01O+2mPASSED${esc}[0m                                    [100%]`,
				`${time} 01O `,
				`${time} 01O ============================== 2 passed in 0.01s ===============================`,
			),
		);
		expect(summaryOf(run)).toEqual({
			tests: [
				`t.py::test_a[${esc}]0;open title] passed`,
				't.py::test_b passed',
			],
			failures: [],
			complete: true,
		});
	});

	test('a part whose prefix is not at its raw start keeps the parts as stripped', async () => {
		// A sequence before the runner's own prefix: the part as printed cannot be told, so the stripped parts are joined.
		const run = await readBytes(
			lines(
				...session,
				`${time} 01O t.py::test_a `,
				`${esc}[0m${time} 01O+PASSED                                    [ 50%]`,
				`${time} 01O t.py::test_b PASSED                                    [100%]`,
				`${time} 01O `,
				`${time} 01O ============================== 2 passed in 0.01s ===============================`,
			),
		);
		expect(summaryOf(run).tests).toEqual([
			't.py::test_a passed',
			't.py::test_b passed',
		]);
	});
});

describe("`-q --tb=native`: the warnings summary's node ids say where relative paths start (warnnative-*)", () => {
	test('there are runs under pytest 9 and 7.2, with and without xdist', () => {
		expect(runsNamed('warnnative-')).toEqual([
			'warnnative-p7-q-rN-native',
			'warnnative-p7-q-rs-native-n2',
			'warnnative-p9-q-rN-native',
			'warnnative-p9-q-rN-native-n2',
		]);
	});

	for (const name of runsNamed('warnnative-')) {
		test(`${name}: every rebuilt id rootdir-relative, as the XML`, async () => {
			// Before: `/src/hunt56/warnnative/tests/test_native.py::test_fails` and the rest, each absolute.
			const run = await parseText(
				fs.readFileSync(path.join(hunt, name, 'run.log'), 'utf8'),
			);
			expect(run.failures.map(failure => failure.id).toSorted()).toEqual([
				'tests/test_native.py::TestGroup::test_method_fails',
				'tests/test_native.py::test_fails',
				'tests/test_native.py::test_warns_and_fails',
				'tests/unit/test_deep.py::test_deep_fails',
				'tests/unit/test_deep.py::test_setup_error',
			]);
			await checkAgainstXml(path.join(hunt, name));
		});
	}

	const entry = (name: string, file: string) => [
		`${'_'.repeat(30)} ${name} ${'_'.repeat(30)}`,
		'Traceback (most recent call last):',
		`  File "${file}", line 3, in ${name}`,
		'    assert False',
		'AssertionError: assert False',
	];
	const log = (warnings: string[]) => [
		'FF                                                                       [100%]',
		rule('FAILURES'),
		...entry('test_a', '/ci/work/app/tests/test_a.py'),
		...entry('test_b', '/ci/work/app/tests/sub/test_b.py'),
		rule('warnings summary'),
		...warnings,
		'',
		'-- Docs: https://docs.pytest.org/en/stable/how-to/capture-warnings.html',
		'2 failed, 1 warning in 0.10s',
	];

	test('a node id of another file below the same directory says where', async () => {
		const run = await parseText(
			log([
				'tests/test_c.py::test_c',
				'  /ci/work/app/tests/test_c.py:4: UserWarning: careful',
				"    warnings.warn('careful')",
			]).join('\n'),
		);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py::test_a',
			'tests/sub/test_b.py::test_b',
		]);
	});

	test("no absolute path ending in a node id's file: the ids stay as the frames name them", async () => {
		const run = await parseText(
			log([
				'tests/test_c.py::test_c',
				'  /elsewhere/lib/warn.py:4: UserWarning: careful',
				"    warnings.warn('careful')",
			]).join('\n'),
		);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'/ci/work/app/tests/test_a.py::test_a',
			'/ci/work/app/tests/sub/test_b.py::test_b',
		]);
	});
});

describe('a short summary line whose message ends like a progress marker (summarker-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('summarker-')).toEqual([
			'summarker-p7-q-rA-tbno',
			'summarker-p7-q-rfE-tbno-n2',
			'summarker-p7-tbno-rfE',
			'summarker-p9-q-rA-tbno',
			'summarker-p9-q-rA-tbno-n2',
			'summarker-p9-tbno-rfE',
			'summarker-p9-v-tbno',
		]);
	});

	for (const name of runsNamed('summarker-')) {
		test(`${name}: every failing test named, the run whole`, async () => {
			// Before (all but `-v`): `FAILED …::test_half - AssertionError: [ 50%]` was read as more progress after the
			// summary's title, so the title and its lines were a test's output: no failing test, the run incomplete.
			const run = await parseText(
				fs.readFileSync(path.join(hunt, name, 'run.log'), 'utf8'),
			);
			expect(run.complete).toBe(true);
			expect(run.failures.map(failure => failure.id).toSorted()).toEqual([
				'tests/test_marker.py::TestCase::test_unit',
				'tests/test_marker.py::test_count',
				'tests/test_marker.py::test_done',
				'tests/test_marker.py::test_half',
				'tests/test_marker.py::test_setup_error',
			]);
			await checkAgainstXml(path.join(hunt, name));
		});
	}

	const summary = (line: string) =>
		[
			'.F                                                                       [100%]',
			rule('short test summary info'),
			line,
			'1 failed, 1 passed in 0.10s',
		].join('\n');

	test.each([
		'FAILED t.py::test_b - AssertionError: [ 50%]',
		'FAILED t.py::test_b - item [3/8]',
		'FAILED t.py::test_b[a - b] - x [100%]',
		'SUBFAILED(i=1) t.py::test_b - AssertionError: [ 50%]',
	])('%s', async line => {
		const run = await parseText(summary(line));
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => failure.id)).toEqual([
			line.slice(line.indexOf(' ') + 1, line.lastIndexOf(' - ')),
		]);
	});

	test('a line of letters after the title still gives it back to a test (`-q -s`)', async () => {
		const run = await parseText(
			[
				'.' + rule('short test summary info'),
				'FAILED t.py::test_x - printed [ 50%]',
				'.F                                                                      [100%]',
				rule('short test summary info'),
				'FAILED t.py::test_b - assert 0',
				'1 failed, 2 passed in 0.10s',
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.id)).toEqual(['t.py::test_b']);
	});
});

describe("a worker's report with no marker after an unbalanced id glued to output (xdunbal-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('xdunbal-')).toEqual([
			'xdunbal-p7-vs-n2',
			'xdunbal-p9-vs-n2',
			'xdunbal-p9-vs-tbline-n2',
		]);
	});

	for (const name of runsNamed('xdunbal-')) {
		test(`${name}: every test by its id, as the XML`, async () => {
			// Before, in xdunbal-p9-vs-n2 (where the worker's report came right after the glued line):
			// `[gw0] PASSED …::test_prints[ab] ` was joined to `…::test_prints[x[] [100%]` as an id's next line, and
			// test_prints[ab] was lost (the others' lines came in an order that did not show it).
			const run = await parseText(
				fs.readFileSync(path.join(hunt, name, 'run.log'), 'utf8'),
			);
			expect(run.complete).toBe(true);
			expect(run.tests.map(test => test.id).toSorted()).toEqual(
				[
					'test_prints[[]',
					'test_prints[ab]',
					'test_prints[cd]',
					'test_prints[ef]',
					'test_prints[p3]',
					'test_prints[x[]',
					'test_xfails[[[]',
					'test_xfails[gh]',
				].map(test => `tests/test_glued.py::${test}`),
			);
			await checkAgainstXml(path.join(hunt, name));
		});
	}

	test('the report right after the glued line, blank line between', async () => {
		const run = await parseText(
			[
				rule('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0 -- /usr/bin/python3',
				'rootdir: /src',
				'plugins: xdist-3.1.0',
				'gw0 I / gw1 I',
				'gw0 [3] / gw1 [3]',
				'',
				't.py::test_a[True] ',
				't.py::test_a[ab] [100%]',
				'',
				'[gw0] XFAIL t.py::test_a[True] ',
				't.py::test_a[[] [100%]',
				'',
				'[gw1] XFAIL t.py::test_a[ab] ',
				'[gw0] XFAIL t.py::test_a[[] ',
				'',
				rule('3 xfailed in 0.11s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.tests.map(({id, outcome}) => `${id} ${outcome}`)).toEqual([
			't.py::test_a[True] xfailed',
			't.py::test_a[ab] xfailed',
			't.py::test_a[[] xfailed',
		]);
	});

	test('an id holding a newline is still joined under xdist with no marker', async () => {
		const run = await parseText(
			[
				rule('test session starts'),
				'rootdir: /src',
				'gw0 [1] / gw1 [1]',
				'',
				't.py::test_nl[two',
				'lines] ',
				'[gw1] SKIPPED t.py::test_nl[two',
				'lines] ',
				'',
				rule('1 skipped in 0.11s'),
			].join('\n'),
		);
		expect(run.tests.map(({id, outcome}) => `${id} ${outcome}`)).toEqual([
			't.py::test_nl[two\nlines] skipped',
		]);
	});
});

describe('a pytest 9 subtest summary line whose message ends like a progress marker', () => {
	test('`SUBFAILED[msg] (k=1) id - … [ 50%]` is the summary, not more progress', async () => {
		const run = await parseText(
			[
				'.F                                                                       [100%]',
				rule('short test summary info'),
				'SUBFAILED[custom msg] (k=1) t.py::test_b - AssertionError: [ 50%]',
				'1 failed, 1 passed in 0.10s',
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => failure.id)).toEqual(['t.py::test_b']);
	});
});
