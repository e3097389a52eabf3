import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml, xmlOf} from './against-xml.js';
import {parseText} from './helpers.js';
import {xmlHeadlines} from './truth.js';

// What the sixty-third sweep's runs showed (fixtures/real-suites/README.md, record-sweep63.sh).

const root = path.resolve('fixtures/real-suites');
const read = async (name: string) => readLog(path.join(root, name, 'run.log'));
const timeout = 'Failed: Timeout (>2.0s) from pytest-timeout.';

describe('a tests folder with its own pytest.ini: the rootdir is below where pytest ran', () => {
	test('-v -n 2: the rootdir line and the workers say so, and the ids agree with the XML', async () => {
		const run = await checkAgainstXml(
			path.join(root, 'qutip-p90-v-n2-timeout'),
		);
		expect(
			run.tests.every(test => test.id.startsWith('test_wigner.py::')),
		).toBe(true);
		expect(run.counts).toMatchObject({failed: 36, passed: 122});
		expect(new Set(run.failures.map(failure => failure.headline))).toEqual(
			new Set([timeout]),
		);
	});

	test("pytest 7.2's --tb=line at the default verbosity: the header's rootdir is enough", async () => {
		const run = await checkAgainstXml(
			path.join(root, 'qutip-p7-tbline-timeout'),
		);
		expect(run.failures.map(failure => failure.id)).toContain(
			'test_wigner.py::TestHusimiQ::test_iterate_and_precompute_are_equivalent[32-5-5-natural units]',
		);
	});

	test('-q: no header, no node id printed as it is: the ids are kept as printed', async () => {
		const run = await read('qutip-p90-q-timeout');
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				['qutip/tests/test_wigner.py::test_wigner_bell1_su2parity', timeout],
				['qutip/tests/test_wigner.py::test_wigner_bell4_su2parity', timeout],
				['qutip/tests/test_wigner.py::test_wigner_bell4_fullparity', timeout],
				['qutip/tests/test_wigner.py::test_angle_slicing', timeout],
			],
		);
	});

	test("-q -n 2, pytest-timeout's thread method: the crashed workers' reports name node ids, which show the rootdir", async () => {
		const run = await checkAgainstXml(
			path.join(root, 'qutip-p90-q-n2-timeout-thread'),
		);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'test_wigner.py::test_wigner_bell4_su2parity',
			'test_wigner.py::test_wigner_bell1_su2parity',
			'test_wigner.py::test_angle_slicing',
			'test_wigner.py::test_wigner_bell4_fullparity',
		]);
		expect(run.failures[0]!.headline).toBe(
			"worker 'gw1' crashed while running 'test_wigner.py::test_wigner_bell4_su2parity'",
		);
		// -v --no-header: no rootdir line either; the crashed workers' node ids show it for every -v line.
		const verbose = await checkAgainstXml(
			path.join(root, 'qutip-p90-v-n2-noheader-thread'),
		);
		expect(verbose.counts).toMatchObject({passed: 106, failed: 3});
		// pytest 7.2 under -rA prints its header: the rootdir line says it there.
		await checkAgainstXml(path.join(root, 'qutip-p7-rA-n2-timeout-thread'));
	});

	// The XML says `test_wigner.py::…`: nothing in a `-q` log tells where the rootdir is.
	test.fails('-q: the log cannot tell the ids the XML gives', async () => {
		await checkAgainstXml(path.join(root, 'qutip-p90-q-timeout'));
	});
});

describe('optional dependencies missing, under -q -n 2 --continue-on-collection-errors', () => {
	test('collection errors, async tests without a plugin and subtests on the final line agree with the XML', async () => {
		const run = await checkAgainstXml(
			path.join(root, 'posthog-p90-q-continue-n2'),
		);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({failed: 102, error: 32, passed: 364});
		const headlines = new Set(run.failures.map(failure => failure.headline));
		expect(headlines).toContain(
			'Failed: async def functions are not natively supported.',
		);
		expect(headlines).toContain(
			"ModuleNotFoundError: No module named 'parameterized'",
		);
	});
});

describe("a debug line logged while pytest wrote a test's report", () => {
	test('-v -o log_cli=true: `live log logreport` between the id and its word is not a second test', async () => {
		const run = await checkAgainstXml(
			path.join(root, 'posthog-p90-v-logcli-debug'),
		);
		const id =
			'posthog/test/test_contexts.py::TestContexts::test_scoped_decorator_exception';
		expect(
			run.tests.filter(test => test.id === id).map(test => test.outcome),
		).toEqual(['passed']);
	});
});

describe("--tb=native: a message quoting a child process's traceback", () => {
	test("the headline is the raised RuntimeError's, not the quoted ModuleNotFoundError", async () => {
		const directory = path.join(root, 'slycot-p90-native-rA');
		const run = await checkAgainstXml(directory);
		const headlineOf = xmlHeadlines(await readLog(xmlOf(directory)!));
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'RuntimeError: Trying to call _wrapper.ab08nd() failed with returncode 1.',
		]);
		expect(run.failures[0]!.headline).toBe(headlineOf(run.failures[0]!));
	});
});

describe("a crashed xdist worker's report names the test by its node id", () => {
	const log = (nodeId: string) =>
		[
			'bringing up nodes...',
			'.F                                                                       [100%]',
			'=================================== FAILURES ===================================',
			'________________________________ test_a.py _____________________________________',
			'[gw0] linux -- Python 3.11.7 /usr/bin/python3',
			`worker 'gw0' crashed while running '${nodeId}'`,
			'=========================== short test summary info ============================',
			"FAILED pkg/tests/test_a.py::test_two - worker 'gw0' crashed while running '...",
			'1 failed, 1 passed in 0.52s',
		].join('\n');

	test('-q: a node id without the directories the summary prints takes them off every id', async () => {
		const run = await parseText(log('test_a.py::test_two'));
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'test_a.py::test_two',
					"worker 'gw0' crashed while running 'test_a.py::test_two'",
				],
			],
		);
	});

	test('a node id the summary prints as it is: the ids are kept as printed', async () => {
		const run = await parseText(log('pkg/tests/test_a.py::test_two'));
		expect(run.failures.map(failure => failure.id)).toEqual([
			'pkg/tests/test_a.py::test_two',
		]);
	});
});
