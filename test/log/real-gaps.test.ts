import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml, isFailing} from './against-xml.js';
import {outcomePairs, xmlHeadlines} from './truth.js';

// Real runs of the gaps earlier rounds left (fixtures/gaps/README.md): killed, crashed, CI lines after the log.
const gaps = path.resolve('fixtures/gaps');
describe('runs of known parser gaps agree with their JUnit XML', () => {
	const metaOf = (name: string) =>
		JSON.parse(fs.readFileSync(path.join(gaps, name, 'meta.json'), 'utf8')) as {
			exit_status: number;
			counts: unknown;
			format: string;
		};
	const names = fs
		.readdirSync(gaps)
		.filter(name => fs.existsSync(path.join(gaps, name, 'meta.json')));
	// Runs read otherwise than the XML, not fixed (fixtures/gaps/README.md says why): -v -s items printing on their
	// id's line; a non-Python item named with ` - ` in a FAILED summary line, with no -v line to say where it ends.
	const cannotTell = new Set([
		'specout-p9-vs',
		'specout-p7-vs',
		'stress-p9-q',
		'stress-p7-default',
		'stress-p7-rA-color-40',
		'stress-p7-teesys-rA',
	]);
	for (const name of names) {
		(cannotTell.has(name) ? test.fails : test)(name, async () => {
			const run = await checkAgainstXml(path.join(gaps, name));
			const {exit_status: status, counts} = metaOf(name);
			// Killed (137, 124 for timeout's SIGTERM) or crashed (139) runs are never whole.
			expect(run.complete).toBe([0, 1, 5].includes(status) && counts !== null);
			expect(
				run.warnings.map(warning => warning.message).join('\n'),
			).not.toMatch(/usage error/);
			expect(run.failures.length).toBe(
				run.tests.filter(test => isFailing(test.outcome)).length,
			);
			for (const failure of run.failures) {
				expect(failure.headline).not.toMatch(/^(?:None)?$/);
			}
		});
	}

	test('a killed run, with or without the CI’s lines after it: what pytest reported, and no more', async () => {
		const killed = names.filter(name => name.startsWith('killed-'));
		expect(killed.length).toBeGreaterThan(3);
		for (const name of killed) {
			const run = await readLog(path.join(gaps, name, 'run.log'));
			// test_quick passed and test_fails failed; test_slow was running (its `-v` id printed) when the process was killed.
			expect(run.counts, name).toMatchObject({passed: 1, failed: 1, error: 0});
			expect(run.complete, name).toBe(false);
			if (metaOf(name).format.startsWith('-v')) {
				expect(
					run.tests.map(test => `${test.id} ${test.outcome}`),
					name,
				).toEqual([
					'killed/test_killed.py::test_quick passed',
					'killed/test_killed.py::test_fails failed',
				]);
			}
		}
	});

	test('a test that crashes the interpreter is named where only faulthandler’s stacks say which', async () => {
		for (const name of names.filter(name => name.startsWith('crash-'))) {
			const run = await readLog(path.join(gaps, name, 'run.log'));
			expect(
				run.warnings.map(warning => warning.message),
				name,
			).toContain(
				'run was interrupted: Fatal Python error: Segmentation fault (crashed in test_segfault at /src/gaps/crash/test_crash.py:13)',
			);
		}
	});

	test('pytest.fail(msg, pytrace=False) under --tb=line: the message where the log prints it, never None', async () => {
		for (const name of names.filter(name => name.startsWith('pytrace-'))) {
			const directory = path.join(gaps, name);
			const run = await readLog(path.join(directory, 'run.log'));
			const headlineOf = xmlHeadlines(
				await readLog(path.join(directory, 'run.xml')),
			);
			for (const failure of run.failures) {
				// pytest 7.2 prints `None` for such a report, and no message in its short summary.
				const isUntold =
					name.includes('-p7-') &&
					/::test_(?:plain|multiline)_fail$/.test(failure.id);
				expect(failure.headline, `${name} ${failure.id}`).toBe(
					isUntold ? '(no traceback in the log)' : headlineOf(failure),
				);
			}
		}
	});

	test('-rA: a PASSED line is all id, ` - ` in an item’s name too (pytest prints no message there)', async () => {
		for (const name of ['stress-p7-rA-color-40', 'stress-p7-teesys-rA']) {
			const run = await readLog(path.join(gaps, name, 'run.log'));
			const xml = await readLog(path.join(gaps, name, 'run.xml'));
			const passed = (of: typeof run) =>
				outcomePairs(of).filter(pair => pair.endsWith(' passed'));
			expect(passed(run), name).toEqual(passed(xml));
			expect(passed(run), name).toContain(
				'stress.test_groups.cases.Group[v2::login - admin passed',
			);
		}
	});

	test('-rA names every report of two items of one id', async () => {
		for (const name of names.filter(name => name.startsWith('dupra-'))) {
			const directory = path.join(gaps, name);
			const run = await readLog(path.join(directory, 'run.log'));
			const xml = await readLog(path.join(directory, 'run.xml'));
			const distinct = (pairs: string[]) => [...new Set(pairs)];
			expect(distinct(outcomePairs(run)), name).toEqual(
				distinct(outcomePairs(xml)),
			);
		}
	});
});
