/**
A console log and a JUnit XML given together are read as one run's log and XML. When they are not (two suites'
files, or two runs of one suite), they are never merged as shards without a word: two suites' are refused (exit
2, totals of both would be wrong and a run that never was recorded), two runs of one suite are compared as two
runs, with a line saying why the XML is not the log's. `--shards` still merges them.
*/
import fs from 'node:fs';
import os from 'node:os';
import zlib from 'node:zlib';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const real = path.resolve('fixtures/real');
const jinjaLog = path.join(real, 'jinja-skew-tb-short/run.log.gz');
const jinjaXml = path.join(real, 'jinja-skew-tb-short/run.xml.gz');
const otherJinjaXml = path.join(real, 'jinja-skew-tb-long-lc-all-c/run.xml.gz');
const redisXml = path.join(real, 'redis-py-killed-tb-short/run.xml.gz');
let cwd: string;

beforeAll(() => {
	cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-other-xml-'));
});

afterAll(() => {
	fs.rmSync(cwd, {recursive: true, force: true});
});

function triage(args: readonly string[]) {
	return runCli([...args, '--triage', path.join(cwd, 'triage.jsonl')], {cwd});
}

describe('a console log and the JUnit XML of another suite', () => {
	for (const command of [['export', '--csv', '-'], ['report'], ['record']]) {
		test(`${command[0]!}: refused in one line, exit 2`, () => {
			const result = triage([...command, jinjaLog, redisXml]);
			expect(result.status).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr.trim().split('\n')).toEqual([
				`triage: ${jinjaLog} and ${redisXml} are not one run's console log and JUnit XML (passed: 867 in the log, 812 in the XML): give two suites' files in commands of their own, or pass --shards if they are shards of one run`,
			]);
		});
	}

	test('the XML first: refused all the same', () => {
		const result = triage(['report', redisXml, jinjaLog]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('are not one run');
	});

	test('--shards: merged as two shards, as asked', () => {
		const result = triage(['report', jinjaLog, redisXml, '--shards']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Shards: 2 merged into this run');
		expect(result.stdout).toContain('Failures to triage: 209');
	});
});

test('a console log and the JUnit XML of another run of its suite: two runs, and a line saying why', () => {
	const result = triage(['report', jinjaLog, otherJinjaXml]);
	expect(result.status).toBe(0);
	expect(result.stdout).toContain('Compared with 1 earlier run.');
	expect(result.stderr).toContain(
		`triage: warning: ${otherJinjaXml} is not the JUnit XML of ${jinjaLog} (the log took 14.43s, the XML's testsuite 16.079s): read as two runs of the suite`,
	);
});

test('a console log and its own JUnit XML whose ids are written another way (--pyargs): refused, saying to give the log alone', () => {
	// The same run's XML with every classname under another package: counts and time agree, no id does.
	const xml = path.join(cwd, 'pyargs.xml');
	fs.writeFileSync(
		xml,
		zlib
			.gunzipSync(fs.readFileSync(jinjaXml))
			.toString('utf8')
			.replaceAll('classname="tests.', 'classname="jinja2.tests.'),
	);
	const result = triage(['report', jinjaLog, xml]);
	expect(result.status).toBe(2);
	expect(result.stderr.trim().split('\n')).toEqual([
		`triage: ${jinjaLog} and ${xml} agree in their counts but name no test alike (ids written another way, as with --pyargs, cannot be joined): give the log alone, or pass --shards if they are shards of one run`,
	]);
	expect(triage(['report', jinjaLog]).status).toBe(0);
});

test('a console log and its own JUnit XML: one run, no word', () => {
	const result = triage(['export', '--csv', '-', jinjaLog, jinjaXml]);
	expect(result.status).toBe(0);
	expect(result.stderr).toBe('');
	expect(result.stdout.trim().split('\n')).toHaveLength(45);
});
