/**
Parts several kinds of failure share: what the chaos tests print, client frames, the Redis and
PostgreSQL exception chains, the pytest-timeout stack and the outage every test meets when the
service is down.
*/
import {rootdir} from './environment.js';
import {
	type Context,
	type ExceptionBlock,
	type FailureText,
	type Frame,
	type Section,
	logLine,
} from './failure.js';
import {separator} from './paint.js';

/** What the chaos tests print while they inject faults. */
export function chaosOutput(context: Context): string[] {
	const {item, random} = context;
	switch (item.area) {
		case 'auth': {
			return [
				`[chaos] ${random.pick([100, 500, 1000])} concurrent logins against auth-svc`,
				`[chaos] p50=${random.int(8, 40)}ms p99=${random.int(90, 2400)}ms errors=0`,
			];
		}

		case 'cache': {
			return [
				`[chaos] evicting 40% of keys on cache-2 (pid ${random.int(1000, 65_000)})`,
			];
		}

		case 'concurrency': {
			return [
				`[chaos] spawned ${random.pick([8, 16, 32])} workers, seed=${random.int(1, 2 ** 31)}`,
			];
		}

		case 'database': {
			return [
				`[chaos] partitioning primary 10.0.3.17 from its replicas for ${random.int(5, 30)}s`,
				`[chaos] partition healed after ${random.float(5, 31).toFixed(2)}s`,
			];
		}

		case 'network': {
			return [
				`[chaos] toxiproxy: latency ${random.pick([50, 500, 2000])}ms jitter ${random.int(5, 100)}ms on orders-api (127.0.0.1:${random.port()})`,
			];
		}

		case 'resources': {
			return [
				`[chaos] RLIMIT_NOFILE lowered to 256 for pid ${random.int(1000, 65_000)}`,
			];
		}

		default: {
			return [];
		}
	}
}

export function clientFrames(context: Context, method: string): Frame[] {
	const {flavor} = context;
	return [
		{
			path: 'src/chaos_service/client.py',
			line: 77,
			func: method.toLowerCase(),
			source: `return self._request("${method}", path, **kwargs)`,
		},
		{
			path: 'src/chaos_service/client.py',
			line: 52,
			func: '_request',
			source:
				'sock = socket.create_connection((self.host, self.port), timeout=self.timeout)',
		},
		{
			path: `${flavor.stdlib}/socket.py`,
			line: flavor.lines.socketRaise,
			func: 'create_connection',
			source: 'raise exceptions[0]',
		},
		{
			path: `${flavor.stdlib}/socket.py`,
			line: flavor.lines.socketConnect,
			func: 'create_connection',
			source: 'sock.connect(sa)',
		},
	];
}

export function redisChain(context: Context, first: Frame[]): FailureText {
	const {flavor, random} = context;
	const host = random.pick(['10.0.3.21', '10.0.3.22', 'redis-chaos']);
	const site = `${flavor.site}/redis`;
	return {
		chain: [
			{
				frames: [
					{
						path: `${site}/connection.py`,
						line: 277,
						func: 'connect',
						source: 'sock = self.retry.call_with_retry(',
					},
					{
						path: `${site}/retry.py`,
						line: 51,
						func: 'call_with_retry',
						source: 'raise error',
					},
					{
						path: `${site}/retry.py`,
						line: 46,
						func: 'call_with_retry',
						source: 'return do()',
					},
					{
						path: `${site}/connection.py`,
						line: 278,
						func: '<lambda>',
						source:
							'lambda: self._connect(), lambda error: self.disconnect(error)',
					},
					{
						path: `${site}/connection.py`,
						line: 639,
						func: '_connect',
						source: 'raise err',
					},
					{
						path: `${site}/connection.py`,
						line: 627,
						func: '_connect',
						source: 'sock.connect(socket_address)',
					},
				],
				lines: ['ConnectionRefusedError: [Errno 111] Connection refused'],
			},
			{
				frames: [
					...first,
					{
						path: `${site}/client.py`,
						line: 1266,
						func: 'execute_command',
						source:
							'conn = self.connection or pool.get_connection(command_name, **options)',
					},
					{
						path: `${site}/connection.py`,
						line: 1457,
						func: 'get_connection',
						source: 'connection.connect()',
					},
					{
						path: `${site}/connection.py`,
						line: 283,
						func: 'connect',
						source: 'raise ConnectionError(self._error_message(e))',
					},
				],
				lines: [
					`redis.exceptions.ConnectionError: Error 111 connecting to ${host}:6379. Connection refused.`,
				],
			},
		],
		chaining: 'context',
	};
}

export function pgConnectBlock(
	context: Context,
	first: Frame[],
): ExceptionBlock {
	const {flavor, random} = context;
	const host = random.pick(['10.0.3.17', '10.0.3.18']);
	return {
		frames: [
			...first,
			{
				path: 'src/chaos_service/db.py',
				line: 34,
				func: 'connect',
				source:
					'return psycopg2.connect(dsn, connect_timeout=self.connect_timeout)',
			},
			{
				path: `${flavor.site}/psycopg2/__init__.py`,
				line: 122,
				func: 'connect',
				source:
					'conn = _connect(dsn, connection_factory=connection_factory, **kwasync)',
			},
		],
		lines: [
			`psycopg2.OperationalError: connection to server at "${host}", port 5433 failed: Connection refused`,
			'\tIs the server running on that host and accepting TCP/IP connections?',
		],
	};
}

export function timeoutStack(context: Context): Section {
	const {flavor, random} = context;
	const threadName = random.pick([
		'ThreadPoolExecutor-0_0',
		'ThreadPoolExecutor-0_1',
		'chaos-monitor',
	]);
	const ident = String(139_600_000_000_000 + random.int(0, 999_999_999));
	const stack = `Stack of ${threadName} (${ident})`;
	const lines = flavor.lines;
	return {
		title: 'Captured stderr call',
		lines: [
			'',
			separator('+', 'Timeout'),
			'',
			separator('~', stack),
			`  File "${flavor.stdlib}/threading.py", line ${lines.threadBootstrap}, in _bootstrap`,
			'    self._bootstrap_inner()',
			`  File "${flavor.stdlib}/threading.py", line ${lines.threadBootstrapInner}, in _bootstrap_inner`,
			'    self.run()',
			`  File "${flavor.stdlib}/threading.py", line ${lines.threadRun}, in run`,
			'    self._target(*self._args, **self._kwargs)',
			`  File "${flavor.stdlib}/concurrent/futures/thread.py", line ${lines.futuresWorker}, in _worker`,
			'    work_item.run()',
			`  File "${rootdir}/src/chaos_service/locks.py", line 88, in acquire`,
			'    self._cond.wait(timeout=remaining)',
			`  File "${flavor.stdlib}/threading.py", line ${lines.threadWait}, in wait`,
			'    waiter.acquire()',
			'',
			separator('+', 'Timeout'),
		],
	};
}

export function outage(context: Context, first: Frame): FailureText {
	const {flavor, random, phase} = context;
	return {
		chain: [
			{
				frames: [
					first,
					{
						path: 'src/chaos_service/client.py',
						line: 118,
						func: 'connect',
						source: 'sock = socket.create_connection(address, timeout=timeout)',
					},
					{
						path: `${flavor.stdlib}/socket.py`,
						line: flavor.lines.socketRaise,
						func: 'create_connection',
						source: 'raise exceptions[0]',
					},
					{
						path: `${flavor.stdlib}/socket.py`,
						line: flavor.lines.socketConnect,
						func: 'create_connection',
						source: 'sock.connect(sa)',
					},
				],
				lines: ['ConnectionRefusedError: [Errno 111] Connection refused'],
			},
		],
		sections: [
			{
				title: `Captured log ${phase}`,
				isLog: true,
				lines: [
					logLine(
						'ERROR',
						'chaos_service.client',
						'client.py:112',
						`chaos-gateway 10.0.3.17:8443 unreachable after 3 attempts (${random.float(1.2, 3.4).toFixed(2)}s)`,
					),
				],
			},
		],
	};
}
