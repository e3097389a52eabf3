/**
What pytest prints with --tb=short for each kind of failure: the failures of a test's own call here,
setup and teardown errors and the outage in `fixture-kinds.ts`.
*/
import {areaAssertions, assertions, authContention} from './assertions.js';
import {
	type Context,
	type FailureText,
	type Section,
	logLine,
	testFrame,
	tmpPath,
} from './failure.js';
import {
	chaosOutput,
	clientFrames,
	pgConnectBlock,
	redisChain,
	timeoutStack,
} from './failure-parts.js';
import {type FixtureKindName, fixtureKinds} from './fixture-kinds.js';
import {hashNumbers, pickBy} from './random.js';
import type {KindName} from './suite-spec.js';

const callKinds: Record<
	Exclude<KindName, FixtureKindName>,
	(context: Context) => FailureText
> = {
	assertion(context) {
		const {item, random, flavor} = context;
		const name =
			item.assertion ??
			pickBy(areaAssertions[item.area], hashNumbers(item.hash, 31));
		const make = assertions[name] ?? authContention;
		const text = make(random, flavor);
		const sections: Section[] = [];
		const printed = chaosOutput(context);
		if (printed.length > 0 && hashNumbers(item.hash, 37) % 3 === 0) {
			sections.push({title: 'Captured stdout call', lines: printed});
		}

		if (item.area !== 'core' && hashNumbers(item.hash, 39) % 5 === 0) {
			sections.push({
				title: 'Captured log call',
				isLog: true,
				lines: [
					logLine(
						'WARNING',
						`chaos_service.${item.area}`,
						`${item.area}.py:${random.int(40, 240)}`,
						`degraded mode for ${random.int(120, 9000)}ms (request ${random.uuid()})`,
					),
				],
			});
		}

		return {
			chain: [{frames: [testFrame(context, text.source)], lines: text.lines}],
			sections,
		};
	},
	'conn-refused'(context) {
		const {random} = context;
		const port = random.int(8000, 8999);
		return {
			chain: [
				{
					frames: [
						testFrame(
							context,
							'response = client.post("/v1/orders", json=payload)',
						),
						...clientFrames(context, 'POST'),
					],
					lines: ['ConnectionRefusedError: [Errno 111] Connection refused'],
				},
			],
			sections: [
				{
					title: 'Captured log call',
					isLog: true,
					lines: [
						logLine(
							'WARNING',
							'chaos_service.client',
							'client.py:48',
							`connect to 10.0.3.17:${port} failed (attempt 3/3), retrying in ${random.int(100, 900)}ms`,
						),
					],
				},
			],
		};
	},
	'redis-conn'(context) {
		return redisChain(context, [
			testFrame(context, 'assert cache.get(key) == value'),
			{
				path: 'src/chaos_service/cache.py',
				line: 61,
				func: 'get',
				source: 'raw = self._redis.get(self._key(key))',
			},
		]);
	},
	timeout(context) {
		const {random, flavor} = context;
		if (hashNumbers(context.item.hash, 33) % 2 === 0) {
			return {
				chain: [
					{
						frames: [
							testFrame(
								context,
								'body = client.get(f"/v1/orders/{order_id}").json()',
							),
							{
								path: 'src/chaos_service/client.py',
								line: 95,
								func: '_read_response',
								source: 'chunk = self._sock.recv(65536)',
							},
							{
								path: `${flavor.stdlib}/socket.py`,
								line: flavor.lines.socketRecvInto,
								func: 'readinto',
								source: 'return self._sock.recv_into(b)',
							},
						],
						lines: ['TimeoutError: timed out'],
					},
				],
			};
		}

		const lock = `orders:${random.hex(6)}`;
		const waited = random.float(5, 5.2).toFixed(2);
		return {
			chain: [
				{
					frames: [
						testFrame(context, 'with locks.acquire(resource, timeout=5.0):'),
						{
							path: 'src/chaos_service/locks.py',
							line: 92,
							func: 'acquire',
							source:
								'raise TimeoutError(f"Lock {name} not acquired after {waited}s")',
						},
					],
					lines: [`TimeoutError: Lock ${lock} not acquired after ${waited}s`],
				},
			],
		};
	},
	'pytest-timeout'(context) {
		const {flavor} = context;
		return {
			chain: [
				{
					frames: [
						testFrame(
							context,
							'results = [future.result() for future in futures]',
						),
						{
							path: `${flavor.stdlib}/concurrent/futures/_base.py`,
							line: 451,
							func: 'result',
							source: 'self._condition.wait(timeout)',
						},
						{
							path: `${flavor.stdlib}/threading.py`,
							line: flavor.lines.threadWait,
							func: 'wait',
							source: 'waiter.acquire()',
						},
					],
					lines: ['Failed: Timeout >30.0s'],
				},
			],
			sections: [timeoutStack(context)],
		};
	},
	memory(context) {
		return {
			chain: [
				{
					frames: [
						testFrame(
							context,
							'payloads = [make_payload(size) for _ in range(requests)]',
						),
						{
							path: 'src/chaos_service/buffers.py',
							line: 23,
							func: 'make_payload',
							source: 'return bytearray(size)',
						},
					],
					lines: ['MemoryError'],
				},
			],
		};
	},
	'pg-operational'(context) {
		const {random} = context;
		if (hashNumbers(context.item.hash, 35) % 2 === 0) {
			return {
				chain: [
					pgConnectBlock(context, [
						testFrame(context, 'with db.connect() as connection:'),
					]),
				],
			};
		}

		return {
			chain: [
				{
					frames: [
						testFrame(context, 'repository.save(order)'),
						{
							path: 'src/chaos_service/repository.py',
							line: 71,
							func: 'save',
							source: 'cursor.execute(INSERT_ORDER, order.as_row())',
						},
					],
					lines: [
						'psycopg2.OperationalError: server closed the connection unexpectedly',
						'\tThis probably means the server terminated abnormally',
						'\tbefore or while processing the request.',
					],
				},
			],
			sections: [
				{
					title: 'Captured log call',
					isLog: true,
					lines: [
						logLine(
							'ERROR',
							'chaos_service.repository',
							'repository.py:69',
							`write of order ${random.uuid()} failed after ${random.int(80, 950)}ms`,
						),
					],
				},
			],
		};
	},
	'pg-serialization'(context) {
		return {
			chain: [
				{
					frames: [
						testFrame(context, 'transfer(connection, source, target, amount)'),
						{
							path: 'src/chaos_service/ledger.py',
							line: 48,
							func: 'transfer',
							source: 'cursor.execute(DEBIT, (amount, source))',
						},
					],
					lines: [
						'psycopg2.errors.SerializationFailure: could not serialize access due to concurrent update',
					],
				},
			],
		};
	},
	'key-error'(context) {
		const {random} = context;
		return {
			chain: [
				{
					frames: [
						testFrame(context, 'session = store.get(session_id)'),
						{
							path: 'src/chaos_service/sessions.py',
							line: 40,
							func: 'get',
							source: 'return self._sessions[key]',
						},
					],
					lines: [`KeyError: 'session:${random.uuid()}'`],
				},
			],
		};
	},
	'circuit-open'(context) {
		const {random} = context;
		return {
			chain: [
				{
					frames: [
						testFrame(context, 'receipt = payments.charge(order)'),
						{
							path: 'src/chaos_service/breaker.py',
							line: 57,
							func: 'call',
							source:
								'raise CircuitOpenError(self.name, self.failures, self.last_error)',
						},
					],
					lines: [
						`chaos_service.errors.CircuitOpenError: circuit 'payments' open after 5 consecutive failures (last: 502 Bad Gateway from 10.0.3.17:${random.int(8000, 8999)})`,
					],
				},
			],
		};
	},
	emfile(context) {
		const chunk = `chunk-${String(context.random.int(0, 4095)).padStart(4, '0')}.bin`;
		return {
			chain: [
				{
					frames: [testFrame(context, 'handles.append(open(path, "wb"))')],
					lines: [
						`OSError: [Errno 24] Too many open files: '${tmpPath(context, 'spool', chunk)}'`,
					],
				},
			],
		};
	},
	'disk-full'(context) {
		return {
			chain: [
				{
					frames: [
						testFrame(context, 'writer.append(record)'),
						{
							path: 'src/chaos_service/journal.py',
							line: 112,
							func: 'append',
							source: 'self._file.write(encoded)',
						},
					],
					lines: ['OSError: [Errno 28] No space left on device'],
				},
			],
		};
	},
	'type-error'(context) {
		return {
			chain: [
				{
					frames: [
						testFrame(context, 'total = order.total()'),
						{
							path: 'src/chaos_service/models.py',
							line: 64,
							func: 'total',
							source:
								'return sum(line.price * line.quantity for line in self.lines) + self.shipping',
						},
					],
					lines: [
						"TypeError: unsupported operand type(s) for +: 'decimal.Decimal' and 'float'",
					],
				},
			],
		};
	},
};

export const kinds: Record<KindName, (context: Context) => FailureText> = {
	...callKinds,
	...fixtureKinds,
};
