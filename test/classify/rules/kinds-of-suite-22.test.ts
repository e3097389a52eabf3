/**
Rules written after acceptance suite 22 (mashtun) was measured blind (56 of 69), for kinds of failure it
showed that a rule read otherwise: checked on that real run's log and XML (pytest 9.0.3), and on texts in other
words where the rule must or must not fire. Each is a kind (a peer that never answered, a GraphQL query off the
schema in the test's assertion, float arithmetic compared exactly with a decimal fraction, the clock handed to
the code by the test, a hang while a client retried a refused connection), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

test('in the log, hangs whose captured log shows the client retrying a refused connection are services not running', async () => {
	const analysis = analyze([
		await readLog(
			path.join(import.meta.dirname, '../acceptance/holdout-22.log'),
		),
	]);
	for (const name of [
		'test_lots_in_batch',
		'test_tank_state_from_kv',
		'test_batch_started_event',
	]) {
		expect(suggestionFor(analysis, name)).toMatchObject({
			rule: 'hang-retrying-refused-service',
			category: 'ENVIRONMENT',
			priority: 'HIGH',
		});
	}

	expect(suggestionFor(analysis, 'test_crossed_transfers')?.rule).toBe(
		'hang-on-locks',
	);
});

describe.each(['holdout-22.log', 'holdout-22.xml'])(
	'on the real run of suite 22 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test("pymodbus' 'No response received' from a PLC that took the connection is a peer that never answered", () => {
			expect(suggestionFor(analysis, 'test_setpoint_silent_plc')).toMatchObject(
				{
					rule: 'peer-never-answered',
					category: 'ENVIRONMENT',
					priority: 'MEDIUM',
				},
			);
		});
		test("GraphQL refusing the test's query for a field the schema lacks is the test", () => {
			expect(suggestionFor(analysis, 'test_batch_strength')).toMatchObject({
				rule: 'graphql-query-off-schema-in-test',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test("float arithmetic compared by == in the test's own line is the test", () => {
			expect(suggestionFor(analysis, 'test_stout_abv_exact')).toMatchObject({
				rule: 'float-arithmetic-compared-exactly',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test('the code asked about datetime.now() by the test is a test of the clock', () => {
			expect(suggestionFor(analysis, 'test_taproom_open_now')).toMatchObject({
				rule: 'clock-as-test-input',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test("a GraphQL error of the code's data and a date the test wrote keep the code's rules", () => {
			expect(suggestionFor(analysis, 'test_batches_listed')?.category).toBe(
				'BUG',
			);
			expect(
				suggestionFor(analysis, 'test_ready_after_conditioning')?.category,
			).toBe('BUG');
		});
	},
);

const assertion = (...lines: string[]) => ({
	headline: lines[0]!.replace(/^E\s+/, ''),
	traceback: [
		'tests/test_prices.py:12: in test_price',
		'    assert shop.total(cart) == expected',
		...lines,
	].join('\n'),
});

describe('in other words', () => {
	test("a client's 'No response received from …' is a peer that never answered; an assertion saying so is not", () => {
		expect(
			ruleFor({
				headline: 'ntplib.NTPException: No response received from 10.0.0.5.',
			}),
		).toBe('peer-never-answered');
		expect(
			ruleFor(
				assertion(
					'E   AssertionError: No response received from the webhook',
					'E   assert None is not None',
				),
			),
		).not.toBe('peer-never-answered');
	});
	test("a GraphQL validation error raised in the code's client is not the test's query", () => {
		const message =
			"gql.transport.exceptions.TransportQueryError: {'message': \"Cannot query field 'sku' on type 'Product'.\"}";
		expect(
			ruleFor({
				headline: message,
				traceback: [
					'tests/test_catalog.py:9: in test_catalog',
					'    items = catalog.fetch()',
					'app/catalog.py:31: in fetch',
					'    return self.client.execute(QUERY)["products"]',
					'/opt/venv/lib/python3.12/site-packages/gql/client.py:403: in execute',
					'    raise TransportQueryError(str(result.errors[0]))',
					`E   ${message}`,
				].join('\n'),
			}),
		).not.toBe('graphql-query-off-schema-in-test');
		expect(
			ruleFor(
				assertion(
					"E   assert [GraphQLError(\"Unknown argument 'first' on field 'Query.orders'.\", locations=[SourceLocation(line=1, column=10)])] is None",
				),
			),
		).toBe('graphql-query-off-schema-in-test');
	});
	test('float arithmetic against a decimal fraction is the test; against a whole number, or without an operator, it is a wrong value', () => {
		expect(ruleFor(assertion('E   assert (0.1 + 0.2) == 0.3'))).toBe(
			'float-arithmetic-compared-exactly',
		);
		expect(
			ruleFor(assertion('E   AssertionError: assert 11.8 == (26 / 2.2)')),
		).toBe('float-arithmetic-compared-exactly');
		expect(ruleFor(assertion('E   assert (100 * 0.9) == 91'))).not.toBe(
			'float-arithmetic-compared-exactly',
		);
		expect(
			ruleFor(
				assertion(
					'E   assert 4.06 == 4.07',
					'E    +  where 4.06 = <function total at 0x7f00>([1, 2])',
				),
			),
		).not.toBe('float-arithmetic-compared-exactly');
	});
	test("the clock handed to the code by the test is a test of the clock; the clock compared with the code's answer is not this rule", () => {
		expect(
			ruleFor(
				assertion(
					'E   assert False',
					'E    +  where False = <function is_business_day at 0x7f00>(datetime.date(2026, 12, 5))',
					'E    +    where <function is_business_day at 0x7f00> = calendar.is_business_day',
					'E    +    and   datetime.date(2026, 12, 5) = <built-in method today of type object at 0xa4f520>()',
				),
			),
		).toBe('clock-as-test-input');
		expect(
			ruleFor(
				assertion(
					'E   assert False',
					'E    +  where False = <function is_business_day at 0x7f00>(datetime.date(2026, 12, 5))',
					'E    +    where <function is_business_day at 0x7f00> = calendar.is_business_day',
					"E    +    and   datetime.date(2026, 12, 5) = <class 'datetime.date'>(2026, 12, 5)",
				),
			),
		).not.toBe('clock-as-test-input');
	});
	const hang = (...captured: Array<[string, string]>) => ({
		headline: 'Failed: Timeout (>3.0s) from pytest-timeout.',
		traceback: [
			'tests/test_orders.py:9: in test_orders',
			'    orders = client.orders()',
			'/opt/venv/lib/python3.12/site-packages/kafka/client_async.py:640: in poll',
			'    self._selector.select(timeout)',
			'/usr/lib/python3.12/selectors.py:468: in select',
			'    fd_event_list = self._selector.poll(timeout, max_ev)',
			'E   Failed: Timeout (>3.0s) from pytest-timeout.',
		].join('\n'),
		captured: captured.map(([name, text]) => ({name, text})),
	});
	test('a hang whose captured log records a refused connection is a service not running; without one, or in a thread dump, it is not', () => {
		expect(
			ruleFor(
				hang([
					'Captured log call',
					'WARNING  kafka.conn:conn.py:418 <BrokerConnection host=localhost:9092>: connect to 127.0.0.1:9092 failed: [Errno 111] ECONNREFUSED',
				]),
			),
		).toBe('hang-retrying-refused-service');
		expect(ruleFor(hang())).toBe('pytest-timeout');
		expect(
			ruleFor(
				hang([
					'Captured stderr call',
					[
						'~~~~~~~~~~~~~~~~~~~ Stack of worker-1 (139600438324806) ~~~~~~~~~~~~~~~~~~~',
						'  File "/srv/app/app/health.py", line 12, in probe',
						'    raise ConnectionError("Connection refused")',
					].join('\n'),
				]),
			),
		).toBe('pytest-timeout');
	});
});
