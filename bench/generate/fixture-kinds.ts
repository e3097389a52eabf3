/**
Failures that come from a test's surroundings rather than its code: a fixture that is not found or
fails in setup (a port in use, PostgreSQL or Redis not ready), a temporary folder that teardown
cannot remove, and the outage every test meets when the service is down.
*/
import {conftestFixtures} from './environment.js';
import {
	type Context,
	type FailureText,
	logLine,
	testFrame,
	tmpPath,
} from './failure.js';
import {outage, pgConnectBlock, redisChain} from './failure-parts.js';
import {missingFixture} from './suite.js';

/** The kinds of failure that are setup or teardown errors, or the outage. */
export type FixtureKindName =
	| 'fixture-missing'
	| 'addr-in-use'
	| 'pg-setup'
	| 'redis-setup'
	| 'rmtree-teardown'
	| 'outage-setup'
	| 'outage-call';

export const fixtureKinds: Record<
	FixtureKindName,
	(context: Context) => FailureText
> = {
	'fixture-missing'(context) {
		const {item, flavor} = context;
		const missing =
			item.fixtures.find(name => !conftestFixtures.includes(name)) ??
			missingFixture[item.area];
		return {
			chain: [],
			fixtureLookup: {
				missing,
				available: [...flavor.builtinFixtures, ...conftestFixtures]
					.filter(name => name !== missing)
					.toSorted(),
			},
		};
	},
	'addr-in-use'(context) {
		const {flavor, random} = context;
		const port = random.port();
		return {
			chain: [
				{
					frames: [
						{
							path: 'tests/conftest.py',
							line: 64,
							func: 'mock_upstream',
							source:
								'server = HTTPServer(("127.0.0.1", port), UpstreamHandler)',
						},
						{
							path: `${flavor.stdlib}/socketserver.py`,
							line: 456,
							func: '__init__',
							source: 'self.server_bind()',
						},
						{
							path: `${flavor.stdlib}/http/server.py`,
							line: 136,
							func: 'server_bind',
							source: 'socketserver.TCPServer.server_bind(self)',
						},
						{
							path: `${flavor.stdlib}/socketserver.py`,
							line: 472,
							func: 'server_bind',
							source: 'self.socket.bind(self.server_address)',
						},
					],
					lines: ['OSError: [Errno 98] Address already in use'],
				},
			],
			sections: [
				{
					title: 'Captured log setup',
					isLog: true,
					lines: [
						logLine(
							'INFO',
							'chaos_service.testing',
							'upstream.py:31',
							`starting mock upstream on 127.0.0.1:${port}`,
						),
					],
				},
			],
		};
	},
	'pg-setup'(context) {
		return {
			chain: [
				pgConnectBlock(context, [
					{
						path: 'tests/conftest.py',
						line: 58,
						func: 'db_pool',
						source: 'pool = ThreadedPool(minconn=1, maxconn=size, dsn=PG_DSN)',
					},
					{
						path: 'src/chaos_service/db.py',
						line: 21,
						func: '__init__',
						source:
							'self._connections = [self.connect() for _ in range(minconn)]',
					},
				]),
			],
		};
	},
	'redis-setup'(context) {
		return redisChain(context, [
			{
				path: 'tests/conftest.py',
				line: 87,
				func: 'cache_client',
				source: 'client.ping()',
			},
		]);
	},
	'rmtree-teardown'(context) {
		const {flavor} = context;
		return {
			chain: [
				{
					frames: [
						{
							path: 'tests/conftest.py',
							line: 112,
							func: 'scratch_dir',
							source: 'shutil.rmtree(path)',
						},
						{
							path: `${flavor.stdlib}/shutil.py`,
							line: 732,
							func: 'rmtree',
							source: '_rmtree_safe_fd(fd, path, onerror)',
						},
						{
							path: `${flavor.stdlib}/shutil.py`,
							line: 666,
							func: '_rmtree_safe_fd',
							source: 'onerror(os.rmdir, fullname, sys.exc_info())',
						},
						{
							path: `${flavor.stdlib}/shutil.py`,
							line: 664,
							func: '_rmtree_safe_fd',
							source: 'os.rmdir(entry.name, dir_fd=topfd)',
						},
					],
					lines: [
						`OSError: [Errno 39] Directory not empty: '${tmpPath(context, 'spool')}'`,
					],
				},
			],
		};
	},
	'outage-setup'(context) {
		return outage(context, {
			path: 'tests/conftest.py',
			line: 41,
			func: 'chaos_service',
			source: 'client = ServiceClient.connect(CHAOS_GATEWAY, retries=3)',
		});
	},
	'outage-call'(context) {
		return outage(
			context,
			testFrame(
				context,
				'client = ServiceClient.connect(CHAOS_GATEWAY, retries=3)',
			),
		);
	},
};
