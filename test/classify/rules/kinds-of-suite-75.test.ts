/**
Rules changed after acceptance suite 75 (brinewell) was measured blind (35 of 53 on its log and its XML, 27 with the
priority). One kind, no words of a suite: a name the standard library gained in a later Python (itertools.batched and
sqlite3's `autocommit` are 3.12's, datetime.UTC and asyncio.TaskGroup 3.11's), met missing, is an interpreter older
than the code expects, ENVIRONMENT MEDIUM (`python-older-than-code`), as suite 75's engineer decided; a name the
standard library never had, a misspelt one, or a project's own module missing a name is not read so.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

async function analysed(file: string) {
	return analyze([
		await readLog(path.join(import.meta.dirname, '../acceptance', file)),
	]);
}

describe.each([
	['holdout-75.log', 'test_batches_of_harvests'],
	['holdout-75.xml', 'test_batches_empty'],
	['holdout-75.log', 'test_autocommit_connection'],
])('on the real run %s', async (file, name) => {
	const analysis = await analysed(file);
	test(`${name}: the runner's Python is older than the code expects`, () => {
		expect(suggestionFor(analysis, name)).toMatchObject({
			rule: 'python-older-than-code',
			category: 'ENVIRONMENT',
			priority: 'MEDIUM',
		});
	});
});

function missing(headline: string): string {
	const exceptionType = headline.slice(0, headline.indexOf(':'));
	return ruleFor({
		headline,
		exceptionType,
		traceback: `brinewell/res.py:28: in batches\n    return do_it(items)\nE   ${headline}`,
	});
}

describe('a standard-library name of a later Python', () => {
	test.each([
		"AttributeError: module 'itertools' has no attribute 'batched'",
		"AttributeError: module 'datetime' has no attribute 'UTC'",
		"AttributeError: module 'asyncio' has no attribute 'TaskGroup'",
		"AttributeError: module 'typing' has no attribute 'override'",
		"AttributeError: module 'enum' has no attribute 'StrEnum'",
		"AttributeError: module 'hashlib' has no attribute 'file_digest'",
		"AttributeError: module 'math' has no attribute 'sumprod'",
		"AttributeError: module 'contextlib' has no attribute 'chdir'",
		"TypeError: 'autocommit' is an invalid keyword argument for Connection()",
		"TypeError: 'autocommit' is an invalid keyword argument for connect()",
	])('%s is an interpreter older than the code', headline => {
		expect(missing(headline)).toBe('python-older-than-code');
	});

	test.each([
		// A name the standard library never had: the code's typo.
		"AttributeError: module 'itertools' has no attribute 'batch'",
		"AttributeError: module 'datetime' has no attribute 'utc'",
		"AttributeError: module 'math' has no attribute 'sumproduct'",
		// A project's or a library's module, not the standard library's.
		"AttributeError: module 'brinewell.settings' has no attribute 'batched'",
		"AttributeError: module 'numpy' has no attribute 'float'",
		// Another keyword argument, or the same one on the code's own function.
		"TypeError: 'timeout' is an invalid keyword argument for Connection()",
		"TypeError: open_ledger() got an unexpected keyword argument 'autocommit'",
	])('not: %s', headline => {
		expect(missing(headline)).not.toBe('python-older-than-code');
	});
});
