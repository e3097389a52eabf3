/**
The environment pytest ran in: the rootdir, and the two pytest generations (7.2 on Debian 12, 8.3 in a
virtualenv) with their header lines, plugins, library paths and built-in fixtures.
*/
import type {PytestFlavor} from './options.js';

export const rootdir = '/home/ci/work/chaos-service';

export type Flavor = {
	readonly major: PytestFlavor;
	readonly platform: string;
	readonly executable: string;
	readonly python: string;
	readonly sysVersion: string;
	readonly plugins: string;
	/** Plugin header lines printed before `rootdir:`. */
	readonly earlyLines: readonly string[];
	/** Plugin header lines printed after `plugins:`. */
	readonly lateLines: readonly string[];
	readonly rootdirLines: readonly string[];
	readonly stdlib: string;
	readonly site: string;
	/** Absolute path of site-packages, as warnings print it. */
	readonly siteAbsolute: string;
	readonly lines: {
		readonly socketRaise: number;
		readonly socketConnect: number;
		readonly socketRecvInto: number;
		readonly threadBootstrap: number;
		readonly threadBootstrapInner: number;
		readonly threadRun: number;
		readonly threadWait: number;
		readonly futuresWorker: number;
	};
	/** Fixtures pytest and its plugins provide, for "available fixtures". */
	readonly builtinFixtures: readonly string[];
	readonly warning: {
		readonly file: string;
		readonly line: number;
		readonly text: string;
		readonly source: string;
	};
};

const builtinFixtures =
	`cache capfd capfdbinary caplog capsys capsysbinary doctest_namespace monkeypatch pytestconfig record_property record_testsuite_property record_xml_attribute recwarn tmp_path tmp_path_factory tmpdir tmpdir_factory`.split(
		' ',
	);

export const flavors: Record<PytestFlavor, Flavor> = {
	// Debian 12: the environment the real fixtures were recorded in.
	'7': {
		major: '7',
		platform:
			'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0+repack',
		executable: '/usr/bin/python3',
		python: '3.11.2',
		sysVersion: '3.11.2 (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]',
		plugins:
			'plugins: rerunfailures-10.2, asyncio-0.20.3, timeout-2.1.0, hypothesis-6.67.1, mock-3.8.2, xdist-3.1.0',
		earlyLines: [
			`hypothesis profile 'default' -> database=DirectoryBasedExampleDatabase('${rootdir}/.hypothesis/examples')`,
		],
		lateLines: [
			'asyncio: mode=Mode.STRICT',
			'timeout: 30.0s',
			'timeout method: signal',
			'timeout func_only: False',
		],
		rootdirLines: [`rootdir: ${rootdir}, configfile: pyproject.toml`],
		stdlib: '/usr/lib/python3.11',
		site: '/usr/lib/python3/dist-packages',
		siteAbsolute: '/usr/lib/python3/dist-packages',
		lines: {
			socketRaise: 851,
			socketConnect: 836,
			socketRecvInto: 706,
			threadBootstrap: 995,
			threadBootstrapInner: 1038,
			threadRun: 975,
			threadWait: 324,
			futuresWorker: 83,
		},
		builtinFixtures: [
			...builtinFixtures,
			'class_mocker',
			'event_loop',
			'mocker',
			'module_mocker',
			'package_mocker',
			'session_mocker',
			'testrun_uid',
			'unused_tcp_port',
			'unused_tcp_port_factory',
			'unused_udp_port',
			'unused_udp_port_factory',
			'worker_id',
		],
		warning: {
			file: `${rootdir}/src/chaos_service/aio.py`,
			line: 17,
			text: 'DeprecationWarning: There is no current event loop',
			source: 'loop = asyncio.get_event_loop()',
		},
	},
	// A virtualenv on Ubuntu 24.04.
	'8': {
		major: '8',
		platform: 'platform linux -- Python 3.12.3, pytest-8.3.4, pluggy-1.5.0',
		executable: `${rootdir}/.venv/bin/python`,
		python: '3.12.3',
		sysVersion: '3.12.3 (main, Nov  6 2024, 18:32:19) [GCC 13.2.0]',
		plugins:
			'plugins: hypothesis-6.122.3, timeout-2.3.1, asyncio-0.23.8, xdist-3.6.1, cov-6.0.0',
		earlyLines: ["hypothesis profile 'default'"],
		lateLines: [
			'asyncio: mode=Mode.STRICT',
			'timeout: 30.0s',
			'timeout method: signal',
			'timeout func_only: False',
		],
		rootdirLines: [`rootdir: ${rootdir}`, 'configfile: pyproject.toml'],
		stdlib: '/usr/lib/python3.12',
		site: '.venv/lib/python3.12/site-packages',
		siteAbsolute: `${rootdir}/.venv/lib/python3.12/site-packages`,
		lines: {
			socketRaise: 852,
			socketConnect: 837,
			socketRecvInto: 720,
			threadBootstrap: 1030,
			threadBootstrapInner: 1073,
			threadRun: 1010,
			threadWait: 355,
			futuresWorker: 92,
		},
		builtinFixtures: [
			...builtinFixtures,
			'cov',
			'event_loop',
			'event_loop_policy',
			'no_cover',
			'testrun_uid',
			'unused_tcp_port',
			'unused_tcp_port_factory',
			'unused_udp_port',
			'unused_udp_port_factory',
			'worker_id',
		],
		warning: {
			file: `${rootdir}/src/chaos_service/cache.py`,
			line: 88,
			text: 'DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).',
			source: 'expires_at = datetime.utcnow() + self.ttl',
		},
	},
};

// Fixtures of the suite's conftest.py.
export const conftestFixtures =
	`api_client auth_client cache_client chaos_service db_pool mock_upstream scratch_dir toxiproxy`.split(
		' ',
	);
