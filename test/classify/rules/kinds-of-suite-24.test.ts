/**
Rules written after acceptance suite 24 (voltbay) was measured blind (51 of 70), for kinds of failure it showed
that a rule read otherwise: checked on that real run's log and XML (Debian's pytest 7.2), and on texts in other
words where the rule must or must not fire. Each is a kind (the MySQL and MariaDB C clients' bare errno for a
server not reached, a sum of floats compared exactly in the test's own line), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-24.log', 'holdout-24.xml'])(
	'on the real run of suite 24 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test("mysqlclient's (2002, \"Can't connect to server on '127.0.0.1' (115)\") in a fixture is a MySQL not running", () => {
			for (const name of [
				'test_open_session',
				'test_sessions_of_driver',
				'test_two_drivers_apart',
			]) {
				expect(suggestionFor(analysis, name, 'setup')).toMatchObject({
					rule: 'mysql-server-not-reached',
					category: 'ENVIRONMENT',
					priority: 'HIGH',
				});
			}
		});
		test('a sum of floats compared with a decimal fraction in the test is the test’s exactness', () => {
			expect(
				suggestionFor(analysis, 'test_kwh_from_meter_deltas'),
			).toMatchObject({
				rule: 'float-arithmetic-compared-exactly',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
			// A rounding of the code's, compared with a value the test wrote, stays a wrong value.
			expect(suggestionFor(analysis, 'test_uptime_rounding')?.category).toBe(
				'BUG',
			);
		});
	},
);

const operationalError = (message: string) => ({
	headline: `MySQLdb._exceptions.OperationalError: ${message}`,
	traceback: [
		'tests/conftest.py:12: in db',
		'    return connect()',
		'app/db.py:9: in connect',
		'    return MySQLdb.connect(**settings.DATABASE)',
		'/usr/lib/python3/dist-packages/MySQLdb/connections.py:179: in __init__',
		'    super(Connection, self).__init__(*args, **kwargs2)',
		`E   MySQLdb._exceptions.OperationalError: ${message}`,
	].join('\n'),
});

const floatAssertion = (...lines: string[]) => ({
	headline: `AssertionError: ${lines[0]!}`,
	traceback: [
		'tests/test_meter.py:9: in test_total',
		'    assert sum(meter.readings()) == 0.6',
		...lines.map(line => `E   ${line}`),
	].join('\n'),
});

describe('in other words', () => {
	test("the MySQL C client's bare errno: refused, timed out or no route is a server not reached; an access refused is not", () => {
		expect(
			ruleFor(
				operationalError(
					`(2003, "Can't connect to MySQL server on 'db.internal:3306' (111)")`,
				),
			),
		).toBe('mysql-server-not-reached');
		expect(
			ruleFor(
				operationalError(
					`(2003, "Can't connect to MySQL server on '10.0.0.7:3306' (110)")`,
				),
			),
		).toBe('mysql-server-not-reached');
		expect(
			ruleFor(
				operationalError(
					`(2002, "Can't connect to local server through socket '/run/mysqld/mysqld.sock' (2)")`,
				),
			),
		).toBe('server-socket-missing');
		expect(
			ruleFor(
				operationalError(
					`(1045, "Access denied for user 'app'@'localhost' (using password: YES)")`,
				),
			),
		).not.toBe('mysql-server-not-reached');
	});
	test('a sum of floats only when its printed value shows binary rounding and the other side is a decimal fraction', () => {
		expect(
			ruleFor(
				floatAssertion(
					'assert 2.6999999999999997 == 2.7',
					' +  where 2.6999999999999997 = sum([0.9, 0.9, 0.9])',
					' +    where [0.9, 0.9, 0.9] = <bound method Meter.readings of <app.Meter object at 0x7f>>()',
				),
			),
		).toBe('float-arithmetic-compared-exactly');
		expect(
			ruleFor(
				floatAssertion(
					'assert 0.6 == 0.6000000000000001',
					' +  where 0.6000000000000001 = sum([0.1, 0.2, 0.3])',
				),
			),
		).toBe('float-arithmetic-compared-exactly');
		// A wrong expectation: the sum is exact and the test wants another number.
		expect(
			ruleFor(
				floatAssertion('assert 4.0 == 4.1', ' +  where 4.0 = sum([1.5, 2.5])'),
			),
		).not.toBe('float-arithmetic-compared-exactly');
		// Whole numbers summed.
		expect(
			ruleFor(floatAssertion('assert 6 == 7', ' +  where 6 = sum([1, 2, 3])')),
		).not.toBe('float-arithmetic-compared-exactly');
	});
});
