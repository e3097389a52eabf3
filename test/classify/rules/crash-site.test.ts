import {describe, expect, test} from 'vitest';
import {
	crashSiteOf,
	describeCrashSite,
	originOf,
} from '../../../source/classify/rules/crash-site.js';
import * as real from '../real-failures.js';

describe('originOf', () => {
	test.each([
		['src/shop/models.py', 'app'],
		['/home/ci/work/shop/src/shop/models.py', 'app'],
		['shop/models.py', 'app'],
		['tests/test_models.py', 'test'],
		['tests/conftest.py', 'test'],
		['test_socket.py', 'test'],
		['.venv/lib/python3.12/site-packages/redis/client.py', 'library'],
		['/usr/lib/python3/dist-packages/psycopg2/__init__.py', 'library'],
		['/usr/lib/python3.12/threading.py', 'library'],
		['<frozen os>', 'library'],
		['<template>', 'library'],
	] as const)('%s is %s code', (path, origin) => {
		expect(originOf(path, 'tests/test_models.py')).toBe(origin);
	});
});

describe('crashSiteOf', () => {
	test('an error raised in the code under test', () => {
		const failure = {
			file: 'tests/test_models.py',
			traceback:
				'tests/test_models.py:72: in test_total\n    total = order.total()\nsrc/shop/models.py:64: in total\n    return a + b\nE   TypeError: unsupported operand',
		};
		const site = crashSiteOf(failure);
		expect(site).toMatchObject({
			raisedIn: 'app',
			raisedAt: {path: 'src/shop/models.py', line: 64},
			calledFrom: 'app',
		});
		expect(describeCrashSite(site!, failure.file)).toBe(
			'raised in app code at src/shop/models.py:64',
		);
	});

	test('a library error names the project frame that called it', () => {
		const failure = {
			file: 'tests/test_cache.py',
			traceback:
				'tests/test_cache.py:10: in test_set\n    store.set(1)\nsrc/shop/cache.py:22: in set\n    json.dumps(value)\n/usr/lib/python3.12/json/encoder.py:180: in default\n    raise TypeError\nE   TypeError: not JSON serializable',
		};
		const site = crashSiteOf(failure)!;
		expect(site).toMatchObject({raisedIn: 'library', calledFrom: 'app'});
		expect(describeCrashSite(site, failure.file)).toBe(
			'raised in a library at json/encoder.py:180, called from app code at src/shop/cache.py:22',
		);
	});

	test('a real --tb=long traceback: psycopg2 called from the tests', () => {
		expect(crashSiteOf(real.psycopg2ConnectionRefused)).toMatchObject({
			raisedIn: 'library',
			calledFrom: 'test',
			calledAt: {path: 'tests/testutils.py'},
		});
	});

	test('no frame at all: no site', () => {
		expect(
			crashSiteOf({file: 'tests/a.py', traceback: 'E   MemoryError'}),
		).toBeUndefined();
	});
});
