import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {
	isOutsideProject,
	noiseLinesOf,
} from '../../source/classify/noise-frames.js';
import {detailTextOf} from '../../source/review/detail-text.js';

describe('isOutsideProject', () => {
	test.each([
		['/usr/lib/python3/dist-packages/psycopg2/__init__.py', true],
		['/home/ci/.venv/lib/python3.12/site-packages/requests/api.py', true],
		['/usr/lib/python3.11/unittest/mock.py', true],
		['/opt/python/lib/python3.13/socket.py', true],
		['C:\\Python312\\Lib\\site-packages\\urllib3\\connection.py', true],
		['/src/pytest/src/_pytest/runner.py', true],
		['.venv/lib/pluggy/_hooks.py', true],
		['<frozen importlib._bootstrap>', true],
		['src/lxml/parser.pxi', true],
		['src/lxml/etree.pyx', true],
		['tests/test_connection.py', false],
		['redis/connection.py', false],
		['/home/ci/project/src/app/lib/pythonic.py', false],
	])('%s: %s', (file, expected) => {
		expect(isOutsideProject(file)).toBe(expected);
	});
});

/** The traceback lines of one failure, those marked as noise prefixed `N `. */
async function marked(log: string, id: string): Promise<string[]> {
	const run = await readLog(path.resolve(log));
	const failure = run.failures.find(failure => failure.id === id)!;
	const text = detailTextOf(failure);
	return text.traceback.map(
		(line, index) => `${text.noise[index] ? 'N' : ' '} ${line}`,
	);
}

describe('noise frames in real tracebacks', () => {
	test('--tb=short (redis): the stdlib mock frames and their source lines, nothing else', async () => {
		const lines = await marked(
			'fixtures/real/redis-py-killed-tb-short/run.log.gz',
			'tests/test_connection.py::TestConnection::test_retry_connect_on_timeout_error',
		);
		expect(lines.filter(line => line.startsWith('N'))).toEqual([
			'N /usr/lib/python3.11/unittest/mock.py:1118: in __call__',
			'N     return self._mock_call(*args, **kwargs)',
			'N /usr/lib/python3.11/unittest/mock.py:1122: in _mock_call',
			'N     return self._execute_mock_call(*args, **kwargs)',
			'N /usr/lib/python3.11/unittest/mock.py:1183: in _execute_mock_call',
			'N     result = effect(*args, **kwargs)',
		]);
		expect(lines).toContain('  tests/test_connection.py:681: in mock_connect');
		expect(lines).toContain(
			'  E   ConnectionRefusedError: [Errno 111] Connection refused',
		);
	});

	test('--tb=short (jinja): _pytest and pluggy frames; the E lines stay', async () => {
		const lines = await marked(
			'fixtures/real/jinja-skew-tb-short/run.log.gz',
			'tests/test_async.py::TestAsyncForLoop::test_loop_errors[trio]',
		);
		expect(lines).toContain(
			'N /usr/lib/python3/dist-packages/pluggy/_hooks.py:265: in __call__',
		);
		expect(lines).toContain(
			'N     return self._hookexec(self.name, self.get_hookimpls(), kwargs, firstresult)',
		);
		expect(
			lines.filter(line => line.startsWith('  E ')).length,
		).toBeGreaterThan(0);
		expect(lines.some(line => line.startsWith('N E'))).toBe(false);
	});

	test('--tb=long (psycopg2): a library frame is its source lines up to its `path:line: Error` line', async () => {
		const lines = await marked(
			'fixtures/real/psycopg2-pg-stopped-rA/run.log.gz',
			'tests/test_lobject.py::LargeObjectTests::test_close',
		);
		expect(lines).toContain('  tests/testutils.py:109: in connect');
		expect(lines).toContain(
			'      conn = psycopg2.connect(conninfo, **kwargs)',
		);
		expect(lines).toContain(
			"N dsn = 'dbname=psycopg2_test host=127.0.0.1 user=postgres'",
		);
		expect(lines).toContain(
			'N >       conn = _connect(dsn, connection_factory=connection_factory, **kwasync)',
		);
		expect(lines).toContain(
			'N /usr/lib/python3/dist-packages/psycopg2/__init__.py:122: OperationalError',
		);
		expect(lines.some(line => line.startsWith('N E'))).toBe(false);
	});

	test('native frames: `File "…"` and its indented source', () => {
		expect(
			noiseLinesOf([
				'Traceback (most recent call last):',
				'  File "/app/tests/test_x.py", line 3, in test_x',
				'    fetch()',
				'  File "/usr/lib/python3.12/urllib/request.py", line 215, in urlopen',
				'    return opener.open(url, data, timeout)',
				'           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
				'urllib.error.URLError: <urlopen error [Errno -3]>',
			]),
		).toEqual([false, false, false, true, true, true, false]);
	});
});
