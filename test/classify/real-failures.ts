/**
Failures as the parser reports them, their tracebacks copied verbatim from the real logs in
`../shared/fixtures/real/<name>/run.log` (the header line and the captured sections left out).
*/

import type {Failure} from '../../source/log/model.js';

/** psycopg2-pg-stopped-rA */
export const psycopg2ConnectionRefused: Failure = {
	id: 'tests/test_lobject.py::LargeObjectTests::test_close',
	file: 'tests/test_lobject.py',
	outcome: 'error',
	phase: 'teardown',
	headline:
		'psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused',
	exceptionType: 'psycopg2.OperationalError',
	traceback:
		'self = <tests.test_lobject.LargeObjectTests testMethod=test_close>\n\n    def tearDown(self):\n        if self.tmpdir:\n            shutil.rmtree(self.tmpdir, ignore_errors=True)\n    \n>       if self.conn.closed:\n\ntests/test_lobject.py:55: \n_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ \ntests/testutils.py:144: in _get_conn\n    self._the_conn = self.connect()\ntests/testutils.py:109: in connect\n    conn = psycopg2.connect(conninfo, **kwargs)\n_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ \n\ndsn = \'dbname=psycopg2_test host=127.0.0.1 user=postgres\'\nconnection_factory = None, cursor_factory = None, kwargs = {}, kwasync = {}\n\n    def connect(dsn=None, connection_factory=None, cursor_factory=None, **kwargs):\n        """\n        Create a new database connection.\n    \n        The connection parameters can be specified as a string:\n    \n            conn = psycopg2.connect("dbname=test user=postgres password=secret")\n    \n        or using a set of keyword arguments:\n    \n            conn = psycopg2.connect(database="test", user="postgres", password="secret")\n    \n        Or as a mix of both. The basic connection parameters are:\n    \n        - *dbname*: the database name\n        - *database*: the database name (only as keyword argument)\n        - *user*: user name used to authenticate\n        - *password*: password used to authenticate\n        - *host*: database host address (defaults to UNIX socket if not provided)\n        - *port*: connection port number (defaults to 5432 if not provided)\n    \n        Using the *connection_factory* parameter a different class or connections\n        factory can be specified. It should be a callable object taking a dsn\n        argument.\n    \n        Using the *cursor_factory* parameter, a new default cursor factory will be\n        used by cursor().\n    \n        Using *async*=True an asynchronous connection will be created. *async_* is\n        a valid alias (for Python versions where ``async`` is a keyword).\n    \n        Any other keyword parameter will be passed to the underlying client\n        library: the list of supported parameters depends on the library version.\n    \n        """\n        kwasync = {}\n        if \'async\' in kwargs:\n            kwasync[\'async\'] = kwargs.pop(\'async\')\n        if \'async_\' in kwargs:\n            kwasync[\'async_\'] = kwargs.pop(\'async_\')\n    \n        dsn = _ext.make_dsn(dsn, **kwargs)\n>       conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\nE       psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused\nE       \tIs the server running on that host and accepting TCP/IP connections?\n\n/usr/lib/python3/dist-packages/psycopg2/__init__.py:122: OperationalError',
	captured: [],
	location: {
		path: '/usr/lib/python3/dist-packages/psycopg2/__init__.py',
		line: 122,
	},
};

/** psycopg2-pg-stopped-rA */
export const psycopg2ConnectionRefusedAgain: Failure = {
	id: 'tests/test_lobject.py::LargeObjectTests::test_close_after_commit',
	file: 'tests/test_lobject.py',
	outcome: 'error',
	phase: 'teardown',
	headline:
		'psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused',
	exceptionType: 'psycopg2.OperationalError',
	traceback:
		'self = <tests.test_lobject.LargeObjectTests testMethod=test_close_after_commit>\n\n    def tearDown(self):\n        if self.tmpdir:\n            shutil.rmtree(self.tmpdir, ignore_errors=True)\n    \n>       if self.conn.closed:\n\ntests/test_lobject.py:55: \n_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ \ntests/testutils.py:144: in _get_conn\n    self._the_conn = self.connect()\ntests/testutils.py:109: in connect\n    conn = psycopg2.connect(conninfo, **kwargs)\n_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ \n\ndsn = \'dbname=psycopg2_test host=127.0.0.1 user=postgres\'\nconnection_factory = None, cursor_factory = None, kwargs = {}, kwasync = {}\n\n    def connect(dsn=None, connection_factory=None, cursor_factory=None, **kwargs):\n        """\n        Create a new database connection.\n    \n        The connection parameters can be specified as a string:\n    \n            conn = psycopg2.connect("dbname=test user=postgres password=secret")\n    \n        or using a set of keyword arguments:\n    \n            conn = psycopg2.connect(database="test", user="postgres", password="secret")\n    \n        Or as a mix of both. The basic connection parameters are:\n    \n        - *dbname*: the database name\n        - *database*: the database name (only as keyword argument)\n        - *user*: user name used to authenticate\n        - *password*: password used to authenticate\n        - *host*: database host address (defaults to UNIX socket if not provided)\n        - *port*: connection port number (defaults to 5432 if not provided)\n    \n        Using the *connection_factory* parameter a different class or connections\n        factory can be specified. It should be a callable object taking a dsn\n        argument.\n    \n        Using the *cursor_factory* parameter, a new default cursor factory will be\n        used by cursor().\n    \n        Using *async*=True an asynchronous connection will be created. *async_* is\n        a valid alias (for Python versions where ``async`` is a keyword).\n    \n        Any other keyword parameter will be passed to the underlying client\n        library: the list of supported parameters depends on the library version.\n    \n        """\n        kwasync = {}\n        if \'async\' in kwargs:\n            kwasync[\'async\'] = kwargs.pop(\'async\')\n        if \'async_\' in kwargs:\n            kwasync[\'async_\'] = kwargs.pop(\'async_\')\n    \n        dsn = _ext.make_dsn(dsn, **kwargs)\n>       conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\nE       psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused\nE       \tIs the server running on that host and accepting TCP/IP connections?\n\n/usr/lib/python3/dist-packages/psycopg2/__init__.py:122: OperationalError',
	captured: [],
	location: {
		path: '/usr/lib/python3/dist-packages/psycopg2/__init__.py',
		line: 122,
	},
};

/** psycopg2-pg-stopped-rA */
export const psycopg2ServerClosed: Failure = {
	id: 'tests/test_connection.py::ConnectionTwoPhaseTests::test_recovered_xids',
	file: 'tests/test_connection.py',
	outcome: 'failed',
	phase: 'call',
	headline:
		'psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: server closed the connection unexpectedly',
	exceptionType: 'psycopg2.OperationalError',
	traceback:
		'self = <tests.test_connection.ConnectionTwoPhaseTests testMethod=test_recovered_xids>\n\n    def setUp(self):\n        ConnectingTestCase.setUp(self)\n    \n>       self.make_test_table()\n\ntests/test_connection.py:903: \n_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ \ntests/test_connection.py:930: in make_test_table\n    cnn = self.connect()\ntests/testutils.py:109: in connect\n    conn = psycopg2.connect(conninfo, **kwargs)\n_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ \n\ndsn = \'dbname=psycopg2_test host=127.0.0.1 user=postgres\'\nconnection_factory = None, cursor_factory = None, kwargs = {}, kwasync = {}\n\n    def connect(dsn=None, connection_factory=None, cursor_factory=None, **kwargs):\n        """\n        Create a new database connection.\n    \n        The connection parameters can be specified as a string:\n    \n            conn = psycopg2.connect("dbname=test user=postgres password=secret")\n    \n        or using a set of keyword arguments:\n    \n            conn = psycopg2.connect(database="test", user="postgres", password="secret")\n    \n        Or as a mix of both. The basic connection parameters are:\n    \n        - *dbname*: the database name\n        - *database*: the database name (only as keyword argument)\n        - *user*: user name used to authenticate\n        - *password*: password used to authenticate\n        - *host*: database host address (defaults to UNIX socket if not provided)\n        - *port*: connection port number (defaults to 5432 if not provided)\n    \n        Using the *connection_factory* parameter a different class or connections\n        factory can be specified. It should be a callable object taking a dsn\n        argument.\n    \n        Using the *cursor_factory* parameter, a new default cursor factory will be\n        used by cursor().\n    \n        Using *async*=True an asynchronous connection will be created. *async_* is\n        a valid alias (for Python versions where ``async`` is a keyword).\n    \n        Any other keyword parameter will be passed to the underlying client\n        library: the list of supported parameters depends on the library version.\n    \n        """\n        kwasync = {}\n        if \'async\' in kwargs:\n            kwasync[\'async\'] = kwargs.pop(\'async\')\n        if \'async_\' in kwargs:\n            kwasync[\'async_\'] = kwargs.pop(\'async_\')\n    \n        dsn = _ext.make_dsn(dsn, **kwargs)\n>       conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\nE       psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: server closed the connection unexpectedly\nE       \tThis probably means the server terminated abnormally\nE       \tbefore or while processing the request.\n\n/usr/lib/python3/dist-packages/psycopg2/__init__.py:122: OperationalError',
	captured: [],
	location: {
		path: '/usr/lib/python3/dist-packages/psycopg2/__init__.py',
		line: 122,
	},
};

/** redis-py-killed-tb-short */
export const redisRefused6479: Failure = {
	id: 'tests/test_commands.py::TestRedisCommands::test_module',
	file: 'tests/test_commands.py',
	outcome: 'error',
	phase: 'setup',
	headline:
		'redis.exceptions.ConnectionError: Error 111 connecting to localhost:6479. Connection refused.',
	exceptionType: 'redis.exceptions.ConnectionError',
	traceback:
		'redis/connection.py:1055: in connect_check_health\n    sock = self._connect()\nredis/connection.py:1630: in _connect\n    raise err\nredis/connection.py:1609: in _connect\n    sock.connect(socket_address)\nE   ConnectionRefusedError: [Errno 111] Connection refused\n\nDuring handling of the above exception, another exception occurred:\ntests/conftest.py:609: in stack_r\n    with _get_client(redis.Redis, request, from_url=stack_url) as client:\ntests/conftest.py:460: in _get_client\n    client = client.client()\nredis/client.py:763: in client\n    return self.__class__(\nredis/utils.py:258: in wrapper\n    return func(*args, **kwargs)\nredis/utils.py:258: in wrapper\n    return func(*args, **kwargs)\nredis/client.py:533: in __init__\n    self.connection = self.connection_pool.get_connection()\nredis/utils.py:258: in wrapper\n    return func(*args, **kwargs)\nredis/connection.py:3289: in get_connection\n    connection.connect()\nredis/connection.py:1028: in connect\n    self.retry.call_with_retry(\nredis/retry.py:132: in call_with_retry\n    raise error\nredis/retry.py:120: in call_with_retry\n    return do()\nredis/connection.py:1029: in <lambda>\n    lambda: self.connect_check_health(\nredis/connection.py:1077: in connect_check_health\n    raise e\nE   redis.exceptions.ConnectionError: Error 111 connecting to localhost:6479. Connection refused.',
	captured: [],
	location: {path: 'redis/connection.py', line: 1077},
};

/** redis-py-killed-tb-short */
export const redisRefused6379: Failure = {
	id: 'tests/test_pubsub.py::TestPubSubSubcommands::test_pubsub_numsub',
	file: 'tests/test_pubsub.py',
	outcome: 'error',
	phase: 'setup',
	headline:
		'redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.',
	exceptionType: 'redis.exceptions.ConnectionError',
	traceback:
		'redis/connection.py:1055: in connect_check_health\n    sock = self._connect()\nredis/connection.py:1630: in _connect\n    raise err\nredis/connection.py:1609: in _connect\n    sock.connect(socket_address)\nE   ConnectionRefusedError: [Errno 111] Connection refused\n\nDuring handling of the above exception, another exception occurred:\ntests/conftest.py:495: in r\n    with _get_client(redis.Redis, request) as client:\ntests/conftest.py:460: in _get_client\n    client = client.client()\nredis/client.py:763: in client\n    return self.__class__(\nredis/utils.py:258: in wrapper\n    return func(*args, **kwargs)\nredis/utils.py:258: in wrapper\n    return func(*args, **kwargs)\nredis/client.py:533: in __init__\n    self.connection = self.connection_pool.get_connection()\nredis/utils.py:258: in wrapper\n    return func(*args, **kwargs)\nredis/connection.py:3289: in get_connection\n    connection.connect()\nredis/connection.py:1028: in connect\n    self.retry.call_with_retry(\nredis/retry.py:132: in call_with_retry\n    raise error\nredis/retry.py:120: in call_with_retry\n    return do()\nredis/connection.py:1029: in <lambda>\n    lambda: self.connect_check_health(\nredis/connection.py:1077: in connect_check_health\n    raise e\nE   redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.',
	captured: [],
	location: {path: 'redis/connection.py', line: 1077},
};

/** scipy-io-stale-tmp-tb-short */
export const scipyStaleTemporaryDirectory: Failure = {
	id: 'matlab/tests/test_mio.py::test_save_unicode_field',
	file: 'matlab/tests/test_mio.py',
	outcome: 'error',
	phase: 'setup',
	headline:
		'OSError: The temporary directory /tmp/pytest-of-nobody is not owned by the current user. Fix this and try again.',
	exceptionType: 'OSError',
	traceback:
		'/usr/lib/python3/dist-packages/_pytest/runner.py:339: in from_call\n    result: Optional[TResult] = func()\n/usr/lib/python3/dist-packages/_pytest/runner.py:260: in <lambda>\n    lambda: ihook(item=item, **kwds), when=when, reraise=reraise\n/usr/lib/python3/dist-packages/pluggy/_hooks.py:265: in __call__\n    return self._hookexec(self.name, self.get_hookimpls(), kwargs, firstresult)\n/usr/lib/python3/dist-packages/pluggy/_manager.py:80: in _hookexec\n    return self._inner_hookexec(hook_name, methods, kwargs, firstresult)\n/usr/lib/python3/dist-packages/_pytest/runner.py:155: in pytest_runtest_setup\n    item.session._setupstate.setup(item)\n/usr/lib/python3/dist-packages/_pytest/runner.py:495: in setup\n    raise exc\n/usr/lib/python3/dist-packages/_pytest/runner.py:492: in setup\n    col.setup()\n/usr/lib/python3/dist-packages/_pytest/python.py:1792: in setup\n    self._request._fillfixtures()\n/usr/lib/python3/dist-packages/_pytest/fixtures.py:550: in _fillfixtures\n    item.funcargs[argname] = self.getfixturevalue(argname)\n/usr/lib/python3/dist-packages/_pytest/fixtures.py:569: in getfixturevalue\n    fixturedef = self._get_active_fixturedef(argname)\n/usr/lib/python3/dist-packages/_pytest/fixtures.py:591: in _get_active_fixturedef\n    self._compute_fixture_value(fixturedef)\n/usr/lib/python3/dist-packages/_pytest/fixtures.py:677: in _compute_fixture_value\n    fixturedef.execute(request=subrequest)\n/usr/lib/python3/dist-packages/_pytest/fixtures.py:1051: in execute\n    fixturedef = request._get_active_fixturedef(argname)\n/usr/lib/python3/dist-packages/_pytest/fixtures.py:591: in _get_active_fixturedef\n    self._compute_fixture_value(fixturedef)\n/usr/lib/python3/dist-packages/_pytest/fixtures.py:677: in _compute_fixture_value\n    fixturedef.execute(request=subrequest)\n/usr/lib/python3/dist-packages/_pytest/fixtures.py:1075: in execute\n    result = ihook.pytest_fixture_setup(fixturedef=self, request=request)\n/usr/lib/python3/dist-packages/pluggy/_hooks.py:265: in __call__\n    return self._hookexec(self.name, self.get_hookimpls(), kwargs, firstresult)\n/usr/lib/python3/dist-packages/pluggy/_manager.py:80: in _hookexec\n    return self._inner_hookexec(hook_name, methods, kwargs, firstresult)\n/usr/lib/python3/dist-packages/_pytest/fixtures.py:1129: in pytest_fixture_setup\n    result = call_fixture_func(fixturefunc, request, kwargs)\n/usr/lib/python3/dist-packages/_pytest/fixtures.py:908: in call_fixture_func\n    fixture_result = fixturefunc(**kwargs)\n/usr/lib/python3/dist-packages/_pytest/tmpdir.py:216: in tmp_path\n    return _mk_tmp(request, tmp_path_factory)\n/usr/lib/python3/dist-packages/_pytest/tmpdir.py:199: in _mk_tmp\n    return factory.mktemp(name, numbered=True)\n/usr/lib/python3/dist-packages/_pytest/tmpdir.py:93: in mktemp\n    basename = self._ensure_relative_to_basetemp(basename)\n/usr/lib/python3/dist-packages/_pytest/tmpdir.py:74: in _ensure_relative_to_basetemp\n    if (self.getbasetemp() / basename).resolve().parent != self.getbasetemp():\n/usr/lib/python3/dist-packages/_pytest/tmpdir.py:143: in getbasetemp\n    raise OSError(\nE   OSError: The temporary directory /tmp/pytest-of-nobody is not owned by the current user. Fix this and try again.',
	captured: [],
	location: {
		path: '/usr/lib/python3/dist-packages/_pytest/tmpdir.py',
		line: 143,
	},
};

/** numpy-typing-collect-error */
export const numpyTypingCollectError: Failure = {
	id: 'tests/test_generic_alias.py',
	file: 'tests/test_generic_alias.py',
	outcome: 'error',
	phase: 'collect',
	headline: "ModuleNotFoundError: No module named 'typing_extensions'",
	exceptionType: 'ModuleNotFoundError',
	traceback:
		"Hint: make sure your test modules/packages have valid Python names.\nTraceback:\n/usr/lib/python3.11/importlib/__init__.py:126: in import_module\n    return _bootstrap._gcd_import(name[level:], package, level)\n/usr/lib/python3/dist-packages/numpy/typing/tests/test_generic_alias.py:13: in <module>\n    from typing_extensions import Unpack\nE   ModuleNotFoundError: No module named 'typing_extensions'\n------- generated xml file: /tmp/runs/numpy-typing-collect-error/run.xml -------",
	captured: [],
	location: {
		path: '/usr/lib/python3/dist-packages/numpy/typing/tests/test_generic_alias.py',
		line: 13,
	},
};

/** numpy2-pytest9-memlimit-tb-long */
export const numpyMemoryError: Failure = {
	id: 'tests/test_io.py::TestSavezLoad::test_big_arrays',
	file: 'tests/test_io.py',
	outcome: 'failed',
	phase: 'call',
	headline:
		'numpy._core._exceptions._ArrayMemoryError: Unable to allocate 2.00 GiB for an array with shape (2147583648,) and data type uint8',
	exceptionType: 'numpy._core._exceptions._ArrayMemoryError',
	traceback:
		'self = <numpy.lib.tests.test_io.TestSavezLoad object at 0x7f39841f1c10>\n\n    @pytest.mark.skipif(IS_PYPY, reason="Hangs on PyPy")\n    @pytest.mark.skipif(not IS_64BIT, reason="Needs 64bit platform")\n    @pytest.mark.slow\n    @pytest.mark.thread_unsafe(reason="crashes with low memory")\n    def test_big_arrays(self):\n        L = (1 << 31) + 100000\n>       a = np.empty(L, dtype=np.uint8)\n            ^^^^^^^^^^^^^^^^^^^^^^^^^^^\nE       numpy._core._exceptions._ArrayMemoryError: Unable to allocate 2.00 GiB for an array with shape (2147583648,) and data type uint8\n\n/home/ci/.pyenv/versions/3.11.7/lib/python3.11/site-packages/numpy/lib/tests/test_io.py:241: MemoryError',
	captured: [],
	location: {
		path: '/home/ci/.pyenv/versions/3.11.7/lib/python3.11/site-packages/numpy/lib/tests/test_io.py',
		line: 241,
	},
};

/** networkx-q-deprecation-errors */
export const networkxDeprecationAtSetup: Failure = {
	id: 'classes/tests/test_ordered.py::TestOrderedFeatures::test_subgraph_order',
	file: 'classes/tests/test_ordered.py',
	outcome: 'error',
	phase: 'setup',
	headline:
		'DeprecationWarning: OrderedDiGraph is deprecated and will be removed in version 3.0.',
	exceptionType: 'DeprecationWarning',
	traceback:
		'cls = <class \'networkx.classes.tests.test_ordered.TestOrderedFeatures\'>\n\n    @classmethod\n    def setup_class(cls):\n>       cls.G = nx.OrderedDiGraph()\n\n/usr/lib/python3/dist-packages/networkx/classes/tests/test_ordered.py:22: \n_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ \n\nself = <networkx.classes.ordered.OrderedDiGraph object at 0x7fb95f8c42d0>\nincoming_graph_data = None, attr = {}\n\n    def __init__(self, incoming_graph_data=None, **attr):\n>       warnings.warn(\n            (\n                "OrderedDiGraph is deprecated and will be removed in version 3.0.\\n"\n                "Use `DiGraph` instead, which guarantees order is preserved for\\n"\n                "Python >= 3.7\\n"\n            ),\n            DeprecationWarning,\n            stacklevel=2,\n        )\nE       DeprecationWarning: OrderedDiGraph is deprecated and will be removed in version 3.0.\nE       Use `DiGraph` instead, which guarantees order is preserved for\nE       Python >= 3.7\n\n/usr/lib/python3/dist-packages/networkx/classes/ordered.py:95: DeprecationWarning',
	captured: [],
	location: {
		path: '/usr/lib/python3/dist-packages/networkx/classes/ordered.py',
		line: 95,
	},
};

/** networkx-q-deprecation-errors */
export const networkxInvalidEscape: Failure = {
	id: 'readwrite/tests/test_gml.py',
	file: 'readwrite/tests/test_gml.py',
	outcome: 'error',
	phase: 'collect',
	headline: "SyntaxError: invalid octal escape sequence '\\420'",
	exceptionType: 'SyntaxError',
	traceback:
		"/usr/lib/python3/dist-packages/_pytest/python.py:618: in _importtestmodule\n    mod = import_path(self.path, mode=importmode, root=self.config.rootpath)\n/usr/lib/python3/dist-packages/_pytest/pathlib.py:533: in import_path\n    importlib.import_module(module_name)\n/usr/lib/python3.11/importlib/__init__.py:126: in import_module\n    return _bootstrap._gcd_import(name[level:], package, level)\n<frozen importlib._bootstrap>:1206: in _gcd_import\n    ???\n<frozen importlib._bootstrap>:1178: in _find_and_load\n    ???\n<frozen importlib._bootstrap>:1149: in _find_and_load_unlocked\n    ???\n<frozen importlib._bootstrap>:690: in _load_unlocked\n    ???\n/usr/lib/python3/dist-packages/_pytest/assertion/rewrite.py:159: in exec_module\n    source_stat, co = _rewrite_test(fn, self.config)\n/usr/lib/python3/dist-packages/_pytest/assertion/rewrite.py:342: in _rewrite_test\n    tree = ast.parse(source, filename=strfn)\n/usr/lib/python3.11/ast.py:50: in parse\n    return compile(source, filename, mode, flags,\nE     File \"/usr/lib/python3/dist-packages/networkx/readwrite/tests/test_gml.py\", line 556\nE       \"graph [edge [ source u'u\\4200' target u'u\\4200' ] \"\nE       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\nE   SyntaxError: invalid octal escape sequence '\\420'",
	captured: [],
	location: {path: '/usr/lib/python3.11/ast.py', line: 50},
};

/** jinja-skew-tb-short */
export const jinjaPickle0: Failure = {
	id: 'tests/test_utils.py::test_pickle_missing[0]',
	file: 'tests/test_utils.py',
	outcome: 'failed',
	phase: 'call',
	headline:
		"_pickle.PicklingError: Can't pickle <class 'jinja2.utils.MissingType'>: attribute lookup MissingType on jinja2.utils failed",
	exceptionType: '_pickle.PicklingError',
	traceback:
		"tests/test_utils.py:200: in test_pickle_missing\n    assert pickle.loads(pickle.dumps(missing, protocol)) is missing\nE   _pickle.PicklingError: Can't pickle <class 'jinja2.utils.MissingType'>: attribute lookup MissingType on jinja2.utils failed",
	captured: [],
	location: {path: 'tests/test_utils.py', line: 200},
};

/** jinja-skew-tb-short */
export const jinjaPickle1: Failure = {
	id: 'tests/test_utils.py::test_pickle_missing[1]',
	file: 'tests/test_utils.py',
	outcome: 'failed',
	phase: 'call',
	headline:
		"_pickle.PicklingError: Can't pickle <class 'jinja2.utils.MissingType'>: attribute lookup MissingType on jinja2.utils failed",
	exceptionType: '_pickle.PicklingError',
	traceback:
		"tests/test_utils.py:200: in test_pickle_missing\n    assert pickle.loads(pickle.dumps(missing, protocol)) is missing\nE   _pickle.PicklingError: Can't pickle <class 'jinja2.utils.MissingType'>: attribute lookup MissingType on jinja2.utils failed",
	captured: [],
	location: {path: 'tests/test_utils.py', line: 200},
};

/** cpython-net-offline-tb-line */
export const cpythonTimeout: Failure = {
	id: '../../../../usr/lib/python3.11/test/test_socket.py::ThreadedVSOCKSocketStreamTest::testStream',
	file: '../../../../usr/lib/python3.11/test/test_socket.py',
	outcome: 'failed',
	phase: 'call',
	headline: 'Failed: Timeout >60.0s',
	exceptionType: 'Failed',
	traceback: '/usr/lib/python3.11/socket.py:294: Failed: Timeout >60.0s',
	captured: [],
	location: {path: '/usr/lib/python3.11/socket.py', line: 294},
};

/** cpython-net-offline-tb-line */
export const cpythonFixtureNotFound: Failure = {
	id: '../../../../usr/lib/python3.11/test/test_ssl.py::test_wrap_socket',
	file: '../../../../usr/lib/python3.11/test/test_ssl.py',
	outcome: 'error',
	phase: 'setup',
	headline: "fixture 'sock' not found",
	traceback:
		"file /usr/lib/python3.11/test/test_ssl.py, line 285\n  def test_wrap_socket(sock, *,\nE       fixture 'sock' not found\n>       available fixtures: _xunit_setup_module_fixture_test.test_ssl, capfd, capfdbinary, caplog, capsys, capsysbinary, class_mocker, doctest_namespace, event_loop, mocker, module_mocker, monkeypatch, package_mocker, pytestconfig, record_property, record_testsuite_property, record_xml_attribute, recwarn, session_mocker, testrun_uid, tmp_path, tmp_path_factory, tmpdir, tmpdir_factory, unused_tcp_port, unused_tcp_port_factory, unused_udp_port, unused_udp_port_factory, worker_id\n>       use 'pytest --fixtures [testpath]' for help on them.\n\n/usr/lib/python3.11/test/test_ssl.py:285",
	captured: [],
	location: {path: '/usr/lib/python3.11/test/test_ssl.py', line: 285},
};

/** cpython-net-offline-tb-line */
export const cpythonNoSuchDevice: Failure = {
	id: '../../../../usr/lib/python3.11/test/test_socket.py::ThreadedVSOCKSocketStreamTest::testStream',
	file: '../../../../usr/lib/python3.11/test/test_socket.py',
	outcome: 'error',
	phase: 'teardown',
	headline: 'OSError: [Errno 19] No such device',
	exceptionType: 'OSError',
	traceback: 'E   OSError: [Errno 19] No such device',
	captured: [],
};
