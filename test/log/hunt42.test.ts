import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkHeadlinesAgainstXml} from './against-xml.js';
import {header, parseText, rule} from './helpers.js';

// What helper hunt42's runs showed (fixtures/hunt/README.md, record-hunt42.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));

describe("a conftest's section after the ERRORS of a -q run with no progress and no xdist (termnoxd-*, hunt 41's leftover)", () => {
	test('there are runs under pytest 9 and 7.2, -q and -qq', () => {
		expect(runsNamed('termnoxd-')).toHaveLength(5);
	});

	for (const name of runsNamed('termnoxd-')) {
		test(`${name}: the collection error is read`, async () => {
			// Before (pytest 9): the ERRORS title was held as maybe a test's output, and the section's
			// `test_fake.py .F.   [ 60%]` continued the progress: no failure, three tests counted from the printed line.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 1);
			expect(run.failures.map(failure => [failure.id, failure.phase])).toEqual([
				['termcollerr/test_broken.py', 'collect'],
			]);
		});
	}

	const errorsThenSection = (final: string[]) =>
		[
			'',
			rule('ERRORS'),
			rule('ERROR collecting tests/test_a.py', '_'),
			'tests/test_a.py:1: in <module>',
			'    import missing',
			"E   ModuleNotFoundError: No module named 'missing'",
			rule('custom section'),
			'tests/test_fake.py .F.                                                    [ 60%]',
			...final,
			'',
		].join('\n');

	test('-q: with no banner and no progress before the title, a module line after it is no progress', async () => {
		const run = await parseText(errorsThenSection(['1 error in 0.12s']));
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({passed: 0, failed: 0, error: 1});
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py',
		]);
	});

	test("-qq -rN: a log ending in a plugin's section after the reports is whole", async () => {
		const run = await parseText(errorsThenSection([]));
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py',
		]);
	});

	test('-q -s: letters after a title a test printed before any progress still make it output', async () => {
		const run = await parseText(
			[
				'echoed log:',
				rule('ERRORS'),
				rule('ERROR at setup of test_x', '_'),
				'E   ValueError: echoed',
				'.F                                                                       [100%]',
				'',
				rule('FAILURES'),
				rule('test_b', '_'),
				'E   assert 0',
				'tests/test_a.py:5: AssertionError',
				'1 failed, 1 passed in 0.12s',
				'',
			].join('\n'),
		);
		expect(run.counts).toMatchObject({passed: 1, failed: 1, error: 0});
		expect(run.failures).toHaveLength(1);
	});
});

describe('a -qq run whose every module fails at collection, with --continue-on-collection-errors (qqcollsum-*, seed 71501)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('qqcollsum-')).toHaveLength(3);
	});

	for (const name of runsNamed('qqcollsum-')) {
		test(`${name}: both collection errors are read, the run whole`, async () => {
			// Before: the ERRORS section and the short summary, with no progress and no final line, were called cut.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 2);
			expect(run.complete).toBe(true);
			expect(run.failures.map(failure => failure.phase)).toEqual([
				'collect',
				'collect',
			]);
		});
	}

	const log = (summary: string[]) =>
		[
			'',
			rule('ERRORS'),
			rule('ERROR collecting tests/test_a.py', '_'),
			"E   ModuleNotFoundError: No module named 'missing'",
			rule('ERROR collecting tests/test_b.py', '_'),
			'E   SyntaxError: invalid syntax',
			rule('short test summary info'),
			...summary,
			'',
		].join('\n');

	test('whole when the summary names every collection error', async () => {
		const run = await parseText(
			log(['ERROR tests/test_a.py', 'ERROR tests/test_b.py']),
		);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({error: 2});
	});

	test('cut inside the summary: it names fewer, the run is cut', async () => {
		const run = await parseText(log(['ERROR tests/test_a.py']));
		expect(run.complete).toBe(false);
	});
});

describe("a module's progress line a test prints under --capture=tee-sys after its module's first letter (teeafter-*, hunt 40's leftover)", () => {
	test('there are runs under pytest 9 and 7.2, and one under -s', () => {
		expect(runsNamed('teeafter-')).toHaveLength(3);
		expect(runsNamed('teetd-')).toHaveLength(2);
	});

	for (const name of runsNamed('teeafter-')) {
		test(`${name}: the failures after the printed line are the module's own`, async () => {
			// Before (tee-sys): rebuilt in test_fake.py, the printed line's file.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 2);
			expect(run.failures.map(failure => failure.id)).toEqual([
				'teeafter/test_letters.py::test_fails',
				'teeafter/test_letters.py::test_fails_too',
			]);
		});
	}

	for (const name of runsNamed('teetd-')) {
		test(`${name}: a marker alone after a teardown's output ends the module's line`, async () => {
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 1);
			expect(run.counts).toMatchObject({passed: 3, failed: 1});
			expect(run.failures.map(failure => failure.id)).toEqual([
				'teetd/test_b.py::test_c',
			]);
		});
	}
});

describe("another test's whole -v line with no marker printed while an id waits (printedvv-*, seed 71350, hunt 40's leftover)", () => {
	test('there are runs under pytest 9 and 7.2, -v and -vv', () => {
		expect(runsNamed('printedvv-')).toHaveLength(4);
	});

	for (const name of runsNamed('printedvv-')) {
		test(`${name}: the printed line is output, the waiting test keeps its word`, async () => {
			// Before: `test_fake.py::test_fake FAILED` was a report, and test_prints_verbose_line lost its PASSED.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 1);
			expect(run.complete).toBe(true);
			expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
				['printedvv/test_printed.py::test_first', 'passed'],
				['printedvv/test_printed.py::test_prints_verbose_line', 'passed'],
				['printedvv/test_printed.py::test_prints_it_and_fails', 'failed'],
				['printedvv/test_printed.py::test_last', 'passed'],
			]);
		});
	}

	test('a -v line after an id taken to wait, followed by no word, is still a report', async () => {
		const run = await parseText(
			[
				header,
				'collected 4 items',
				'',
				'tests/test_a.py::test_a PASSED',
				'tests/test_a.py::test_b PASSED',
				// A teardown's output shaped like a waiting `id `.
				'tests/test_a.py::test_x ',
				'tests/test_a.py::test_c PASSED',
				'tests/test_a.py::test_d PASSED',
				'',
				rule('4 passed in 0.12s'),
				'',
			].join('\n'),
		);
		expect(run.tests.map(test => test.id)).toContain('tests/test_a.py::test_c');
		expect(run.tests.map(test => test.id)).toContain('tests/test_a.py::test_d');
	});
});
