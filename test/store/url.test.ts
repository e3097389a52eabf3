import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {loadRulesFile} from '../../source/classify/rules/load.js';
import {
	connectStore,
	lostDetail,
	StoreError,
	storeErrorOf,
} from '../../source/store/connection.js';
import {
	hasPassword,
	nameOfStore,
	storeUrlOf,
	storeUrlProblem,
	libpqUrl,
} from '../../source/store/url.js';
import {runCli} from '../cli-helpers.js';

const cpython = path.resolve(
	'fixtures/real/cpython-net-offline-tb-line/run.log',
);

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
		// A user and no host: libpq's way to a Unix socket named in `host`, which psql and pg take.
		expect(
			storeUrlProblem('postgresql://a@/x?host=/var/run/postgresql'),
		).toBeUndefined();
		expect(storeUrlProblem('postgresql://a@/x')).toBeUndefined();
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

describe('a password typed in the URL never reaches a message', () => {
	// How people type them: unencoded @, / or ? in the password, or pg's ?password= parameter.
	const cases: Array<[string, string]> = [
		['postgresql://ada:p@ss@db:5432/x', 'postgresql://ada@db:5432/x'],
		['postgresql://ada:pa/ss@db/x', 'postgresql://ada@db/x'],
		['postgresql://ada:p?ss@db/x?a=b@c', 'postgresql://ada@db/x?a=b@c'],
		['postgresql://ada:1234/ss@db/x', 'postgresql://ada@db/x'],
		['postgresql://ada@db/x?password=s3cret', 'postgresql://ada@db/x'],
		[
			'postgresql://ada@db/x?sslmode=require&password=s3cret&application_name=me@home',
			'postgresql://ada@db/x?sslmode=require&application_name=me@home',
		],
		['postgresql://ada@db/x?sslpassword=s3cret', 'postgresql://ada@db/x'],
		// Nothing to hide: shown as given.
		[
			'postgresql://ada@db/x?application_name=me@home',
			'postgresql://ada@db/x?application_name=me@home',
		],
		['postgresql://ada@/x?host=/run/pg', 'postgresql://ada@/x?host=/run/pg'],
		['postgresql://db:5432/x', 'postgresql://db:5432/x'],
	];
	test.each(cases)('%s is shown as %s', (url, shown) => {
		expect(nameOfStore(url)).toBe(shown);
		expect(hasPassword(url)).toBe(url !== shown);
	});

	test('not in a bad-URL message, nor in a connection error', () => {
		expect(storeUrlProblem('postgresql://ada:pa/ss@db/x')).toBe(
			'--store: not a valid URL: postgresql://ada@db/x',
		);
		expect(storeUrlProblem('mysql://ada:s3cret@db/x')).not.toContain('s3cret');
		const error = storeErrorOf(
			Object.assign(new Error('connect ECONNREFUSED'), {
				code: 'ECONNREFUSED',
			}),
			'postgresql://ada@db/x?password=s3cret',
		);
		expect(error.message).toBe(
			'store postgresql://ada@db/x: connection refused (is PostgreSQL running there?)',
		);
	});

	test("pg's timeouts say what they mean: a server that does not answer, not a lost connection", () => {
		// A psql session held a lock past the query timeout: `triage report` said `connection lost (Query read
		// timeout)`, and the review `store connection lost, …: Query read timeout` (QA 33).
		const slow = storeErrorOf(
			new Error('Query read timeout'),
			'postgresql://ada:s3cret@db/x',
		);
		expect(slow.message).toBe(
			'store postgresql://ada@db/x: no answer in 30 s (a slow server, or a lock another session holds)',
		);
		expect(slow.reason).toBe('lost');
		expect(lostDetail(slow)).toBe(
			'no answer in 30 s (a slow server, or a lock another session holds)',
		);
		// pg's connect timeout, before any connection: it said `timeout expired`.
		const away = storeErrorOf(
			new Error('timeout expired'),
			'postgresql://ada@db/x',
		);
		expect(away.message).toBe(
			'store postgresql://ada@db/x: no answer in 5 s (is the host right, and PostgreSQL reachable from here?)',
		);
		expect(away.reason).toBe('refused');
	});

	test.each([
		['postgresql://ada:pa/ss@127.0.0.1:1/x', 2, 'pa/ss'],
		['postgresql://ada@127.0.0.1:1/x?password=s3cret', 1, 's3cret'],
		['postgresql://ada:p@ss@127.0.0.1:1/x', 1, 'ss@'],
	])(
		'triage report --store %s: one line, exit %i, no password',
		(url, status, secret) => {
			const result = runCli(['report', cpython, '--store', url]);
			expect(result.status).toBe(status);
			expect(result.stderr).toMatch(/^triage: [^\n]*store[^\n]*\n$/);
			expect(result.stderr).toContain('postgresql://ada@127.0.0.1:1/x');
			expect(result.stderr).not.toContain(secret);
		},
	);

	test('a rules file with a password anywhere in its store is refused', () => {
		for (const url of [
			'postgresql://triage:pa/ss@db/suite',
			'postgresql://triage@db/suite?password=pw',
		]) {
			const load = loadRulesFile(JSON.stringify({store: url}), 'r.json');
			expect(load.ok ? [] : load.errors).toEqual([
				'r.json: store: holds a password; keep it out of the rules file (PGPASSWORD or ~/.pgpass)',
			]);
		}
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
