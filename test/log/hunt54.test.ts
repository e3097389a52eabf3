import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkAgainstXml} from './against-xml.js';
import {parseText, rule} from './helpers.js';

// What helper hunt54's runs showed (fixtures/hunt/README.md, record-hunt54.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));

describe('an entry with no frame that the warnings summary names by its node id (warnnamed-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('warnnamed-')).toEqual([
			'warnnamed-p7-q-rN',
			'warnnamed-p7-rxX-n2',
			'warnnamed-p9-q-rN',
			'warnnamed-p9-q-rN-below',
			'warnnamed-p9-rxX-n2',
		]);
	});

	for (const name of runsNamed('warnnamed-')) {
		test(`${name}: each strict XPASS and unexpected success in its file, as the warnings summary names it`, async () => {
			// Before: `test_passes_strictly`, `TestPasses::test_also`, `Unexpected::test_succeeds`, with no file.
			const run = await parseText(
				fs.readFileSync(path.join(hunt, name, 'run.log'), 'utf8'),
			);
			const ids = run.failures.map(failure => failure.id);
			expect(ids.filter(id => !id.includes('test_other')).toSorted()).toEqual([
				'tests/test_xpass.py::TestPasses::test_also',
				'tests/test_xpass.py::Unexpected::test_succeeds',
				'tests/test_xpass.py::test_passes_strictly',
			]);
			if (!name.endsWith('-below')) {
				// Run below the rootdir, `test_other.py:2` is printed relative to where pytest ran, and no line says
				// where (real.test.ts).
				await checkAgainstXml(path.join(hunt, name));
			}
		});
	}

	const entries = [
		'.FF                                                                      [100%]',
		rule('FAILURES'),
		`${'_'.repeat(30)} test_strict ${'_'.repeat(30)}`,
		'[XPASS(strict)] strict',
		`${'_'.repeat(30)} TestA.test_b ${'_'.repeat(30)}`,
		'Unexpected success',
		rule('warnings summary'),
	];
	const warning = (id: string) => [
		id,
		'  /src/app/tests/test_x.py:9: UserWarning: careful',
		"    warnings.warn('careful')",
		'',
	];

	test('two files naming a test of that name, or a name only ending like it: no file', async () => {
		const run = await parseText(
			[
				...entries,
				...warning('tests/test_x.py::test_strict'),
				...warning('tests/test_y.py::test_strict'),
				...warning('tests/test_x.py::TestXA::test_b'),
				...warning('tests/test_x.py::TestA::test_b[1]'),
				'2 failed, 1 passed, 4 warnings in 0.17s',
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'test_strict',
			'TestA::test_b',
		]);
	});

	test('a test the warnings summary names under a class, and a parameter', async () => {
		const run = await parseText(
			[
				...entries.map(line =>
					line.replace(' test_strict ', ' test_strict[a-1] '),
				),
				...warning('tests/sub/test_x.py::test_strict[a-1]'),
				...warning('tests/test_x.py::TestA::test_b'),
				'2 failed, 1 passed, 2 warnings in 0.17s',
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/sub/test_x.py::test_strict[a-1]',
			'tests/test_x.py::TestA::test_b',
		]);
	});

	test('a frame in a test module names the file before the warnings summary does', async () => {
		const run = await parseText(
			[
				'E.                                                                       [100%]',
				rule('ERRORS'),
				`${'_'.repeat(20)} ERROR at setup of test_setup ${'_'.repeat(20)}`,
				'',
				'    @pytest.fixture',
				'    def broken():',
				">       raise RuntimeError('setup broke')",
				'E       RuntimeError: setup broke',
				'',
				'tests/b/test_x.py:5: RuntimeError',
				rule('warnings summary'),
				...warning('tests/a/test_x.py::test_setup'),
				'1 passed, 1 warning, 1 error in 0.17s',
			].join('\n'),
		);
		expect(run.tests.map(test => `${test.id} ${test.outcome}`)).toEqual([
			'tests/b/test_x.py::test_setup error',
		]);
	});
});
