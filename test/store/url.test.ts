import {describe, expect, test} from 'vitest';
import {loadRulesFile} from '../../source/classify/rules/load.js';
import {
	connectStore,
	StoreError,
	storeErrorOf,
} from '../../source/store/connection.js';
import {
	nameOfStore,
	storeUrlOf,
	storeUrlProblem,
	libpqUrl,
} from '../../source/store/url.js';

describe('where the store is', () => {
	test('--store, else TRIAGE_STORE, else the rules file', () => {
		expect(
			storeUrlOf(
				'postgresql://a@h/x',
				'postgresql://b@h/x',
				'postgresql://c@h/x',
			),
		).toBe('postgresql://a@h/x');
		expect(
			storeUrlOf(undefined, 'postgresql://b@h/x', 'postgresql://c@h/x'),
		).toBe('postgresql://b@h/x');
		expect(storeUrlOf(undefined, '', 'postgresql://c@h/x')).toBe(
			'postgresql://c@h/x',
		);
		expect(storeUrlOf(undefined, undefined, undefined)).toBeUndefined();
	});

	test('only a PostgreSQL URL; messages never show its password', () => {
		expect(storeUrlProblem('postgresql://a@h/x')).toBeUndefined();
		expect(storeUrlProblem('postgres://a@h/x')).toBeUndefined();
		expect(storeUrlProblem('mysql://a@h/x')).toMatch(
			/^--store takes a PostgreSQL URL/,
		);
		expect(nameOfStore('postgresql://ada:s3cret@db/x')).toBe(
			'postgresql://ada@db/x',
		);
		const error = storeErrorOf(
			Object.assign(
				new Error('password authentication failed for user "ada"'),
				{code: '28P01'},
			),
			'postgresql://ada:s3cret@db/x',
		);
		expect(error.message).toBe(
			'store postgresql://ada@db/x: authentication failed (password authentication failed for user "ada")',
		);
		expect(error.reason).toBe('auth');
	});

	test('a server that asks for a password when none is given: authentication failed, and where a password goes', () => {
		// What pg throws without a password, by the server's method: SCRAM, cleartext, a password function's
		// result (for MD5 it sends a hash of nothing, which the server refuses as a wrong password: 28P01).
		for (const thrown of [
			new Error(
				'SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string',
			),
			new Error('empty password returned by client'),
			new TypeError('Password must be a string'),
		]) {
			const error = storeErrorOf(thrown, 'postgresql://ada@db/x');
			expect(error.reason).toBe('auth');
			expect(error.message).toBe(
				'store postgresql://ada@db/x: authentication failed (the server asks for a password: set PGPASSWORD or add it to ~/.pgpass)',
			);
		}
	});

	test('the rules file names a store, never with a password', () => {
		const good = loadRulesFile(
			'{"store": "postgresql://triage@db/suite"}',
			'r.json',
		);
		expect(good.ok && good.ruleSet.store).toBe('postgresql://triage@db/suite');
		const secret = loadRulesFile(
			'{"store": "postgresql://triage:pw@db/suite"}',
			'r.json',
		);
		expect(secret.ok ? [] : secret.errors).toEqual([
			'r.json: store: holds a password; keep it out of the rules file (PGPASSWORD or ~/.pgpass)',
		]);
		const other = loadRulesFile('{"store": "sqlite:x"}', 'r.json');
		expect(other.ok).toBe(false);
	});
});

describe('sslmode means what it means to psql (libpq)', () => {
	test('require, prefer and verify-ca ask pg for libpq semantics; others are left alone', () => {
		expect(libpqUrl('postgres://u@h/db?sslmode=require')).toBe(
			'postgres://u@h/db?sslmode=require&uselibpqcompat=true',
		);
		expect(
			libpqUrl('postgres://u@h/db?application_name=x&sslmode=prefer'),
		).toBe(
			'postgres://u@h/db?application_name=x&sslmode=prefer&uselibpqcompat=true',
		);
		for (const url of [
			'postgres://u@h/db',
			'postgres://u@h/db?sslmode=disable',
			'postgres://u@h/db?sslmode=verify-full',
			'postgres://u@h/db?sslmode=require&uselibpqcompat=false',
		]) {
			expect(libpqUrl(url)).toBe(url);
		}
	});

	test('no SECURITY WARNING from pg, and a bad SSL setting is one line', async () => {
		const warnings: string[] = [];
		const onWarning = (warning: Error) => {
			warnings.push(warning.message);
		};

		process.on('warning', onWarning);
		try {
			// Nothing listens on port 1: refused, said as such.
			await expect(
				connectStore('postgres://u@127.0.0.1:1/db?sslmode=require'),
			).rejects.toThrow(/connection refused/);
			const error: unknown = await connectStore(
				'postgres://u@127.0.0.1:1/db?sslmode=verify-ca',
			).catch((error: unknown) => error);
			expect(error).toBeInstanceOf(StoreError);
			expect((error as Error).message).toMatch(
				/^store postgres:\/\/u@127\.0\.0\.1:1\/db\?sslmode=verify-ca: [^\n]*sslrootcert/,
			);
			await new Promise(resolve => {
				setImmediate(resolve);
			});
		} finally {
			process.off('warning', onWarning);
		}

		expect(warnings).toEqual([]);
	});
});
