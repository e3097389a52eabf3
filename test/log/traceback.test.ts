import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {
	crashLineOf,
	describeMessage,
	describeTraceback,
	errorIndentOf,
	framesOf,
	isErrorLine,
	isLineReport,
	lineReportOf,
} from '../../source/log/traceback.js';

describe('isErrorLine', () => {
	test.each([
		['E   ValueError: x', true],
		// A blank line of the message, as pytest 9 prints it, and with its trailing spaces trimmed.
		['E       ', true],
		['E', true],
		// pytest never prints `E` and a tab, and `Error: x` is an exception line of --tb=native.
		['E\tValueError: x', false],
		['Error: x', false],
		['    E = 3', false],
	])('%j: %s', (line, expected) => {
		expect(isErrorLine(line)).toBe(expected);
	});

	test('the indent after the marker', () => {
		expect(errorIndentOf('E       assert 1 == 2')).toBe(8);
		expect(errorIndentOf('E')).toBeUndefined();
		expect(errorIndentOf('    assert x')).toBeUndefined();
	});
});

describe('framesOf', () => {
	test("Python's pseudo-files and absolute paths with spaces are frames", () => {
		expect(
			framesOf([
				'<frozen importlib._bootstrap>:1206: in _gcd_import',
				'    ???',
				String.raw`C:\Program Files\Python311\Lib\socket.py:12: in create_connection`,
				'/home/ci/My Project/tests/test_a.py:3: in test_a',
			]),
		).toEqual([
			{
				path: '<frozen importlib._bootstrap>',
				line: 1206,
				function: '_gcd_import',
			},
			{
				path: String.raw`C:\Program Files\Python311\Lib\socket.py`,
				line: 12,
				function: 'create_connection',
			},
			{
				path: '/home/ci/My Project/tests/test_a.py',
				line: 3,
				function: 'test_a',
			},
		]);
	});

	test('a message line with colons and numbers is no frame', () => {
		expect(
			framesOf(
				'Traceback (most recent call last):\nValueError: at 10:30: in state x',
			),
		).toEqual([]);
	});
});

describe("faulthandler's stacks (a test that crashed the process)", () => {
	const dump = [
		'Thread 0x00007fe35b1ff6c0 (most recent call first):',
		'  File "/usr/lib/python3.11/threading.py", line 320 in wait',
		'  File "/src/app/pool.py", line 40 in _worker',
		'',
		'Current thread 0x00007fe35c3edb80 (most recent call first):',
		'  File "/usr/lib/python3.11/ctypes/__init__.py", line 519 in string_at',
		'  File "/src/app/tests/test_native.py", line 9 in test_segfault',
		'  File "/usr/lib/python3/dist-packages/_pytest/python.py", line 166 in pytest_pyfunc_call',
		'',
		'Extension modules: _cffi_backend, yaml._yaml (total: 2)',
	];

	test("are the crashed thread's frames, oldest first, with their functions", () => {
		const expected = [
			{
				path: '/usr/lib/python3/dist-packages/_pytest/python.py',
				line: 166,
				function: 'pytest_pyfunc_call',
			},
			{
				path: '/src/app/tests/test_native.py',
				line: 9,
				function: 'test_segfault',
			},
			{
				path: '/usr/lib/python3.11/ctypes/__init__.py',
				line: 519,
				function: 'string_at',
			},
		];
		expect(framesOf(dump.join('\n'))).toEqual(expected);
		expect(framesOf(dump)).toEqual(expected);
	});

	test("its crash line (the detail pane opens there, marked ») is the crashed thread's innermost frame", () => {
		expect(crashLineOf(dump, undefined)).toBe(5);
		expect(crashLineOf(dump.slice(0, 3), undefined)).toBe(1);
		expect(
			crashLineOf(['Current thread 0x1 (most recent call first):'], undefined),
		).toBe(-1);
	});

	test('without a current thread, the first one listed', () => {
		expect(
			framesOf(dump.slice(0, 3).join('\n')).map(frame => frame.function),
		).toEqual(['_worker', 'wait']);
	});
});

describe('framesOf a text', () => {
	// Lines of every --tb form, and indented source that does or does not hold a `def ` or `File "`.
	const line = fc.constantFrom(
		'tests/test_a.py:12: in test_a',
		'    def helper(x):',
		'>   def test_b(self):',
		'    assert x == 1',
		'>       assert 1 == 2',
		'  File "/usr/lib/python3.11/socket.py", line 837, in create_connection',
		'    sock.connect(sa)',
		'        "def not at the start"',
		'src/app.py:40: ValueError',
		'src/app.py:41: ',
		'file /src/conftest.py, line 7',
		'_ _ _ _ _ _ _ _',
		'E   ValueError: File "x", line 2',
		'E       def',
		'',
		'\tdef tabbed():',
		'  de',
		'f x(): File',
		' "',
		'Current thread 0x00007fe35c3edb80 (most recent call first):',
		'Thread 0x00007fe35b1ff6c0 (most recent call first):',
		'  File "/src/hunt/crash/test_crash_segv.py", line 9 in test_segfault',
		'E   Stack (most recent call first):',
	);

	test('reads the same frames as from its lines', () => {
		fc.assert(
			fc.property(fc.array(line, {maxLength: 30}), lines => {
				const text = lines.join('\n');
				expect(framesOf(text)).toEqual(framesOf(text.split('\n')));
			}),
			{numRuns: 500},
		);
	});

	test('a long traceback of source lines without a frame is read once, not once per line', () => {
		const text = Array.from(
			{length: 50_000},
			(_, index) => `    x = ${index}`,
		).join('\n');
		expect(framesOf(`${text}\ntests/test_a.py:3: in test_a`)).toEqual([
			{path: 'tests/test_a.py', line: 3, function: 'test_a'},
		]);
	});
});

describe('--tb=line reports', () => {
	test('path, line and the message, which may hold colons', () => {
		expect(lineReportOf('tests/test_a.py:3: AssertionError: a:1: b')).toEqual({
			location: {path: 'tests/test_a.py', line: 3},
			message: 'AssertionError: a:1: b',
		});
		expect(isLineReport('tests/test_a.py:3: assert 1 == 2')).toBe(true);
		// Where the exception was raised: Python's pseudo-files and compiled modules too.
		expect(isLineReport('<string>:3: SyntaxError')).toBe(true);
		expect(
			isLineReport(
				"<frozen importlib._bootstrap_external>:1130: FileNotFoundError: [Errno 2] No such file or directory: 'setup.py'",
			),
		).toBe(true);
		expect(isLineReport('numpy/random/_generator.pyx:720: ValueError: x')).toBe(
			true,
		);
		expect(isLineReport('E   assert 1 == 2')).toBe(false);
		expect(isLineReport('    assert 3 == 4')).toBe(false);
	});
});

describe('describeTraceback', () => {
	test('the crash location of a --tb=long traceback under a folder with a space', () => {
		expect(
			describeTraceback([
				'    def test_a():',
				'>       raise ValueError("x")',
				'E       ValueError: x',
				'',
				'/home/ci/My Project/tests/test_a.py:2: ValueError',
			]),
		).toEqual({
			headline: 'ValueError: x',
			exceptionType: 'ValueError',
			location: {path: '/home/ci/My Project/tests/test_a.py', line: 2},
		});
	});

	test('--tb=native: the exception line, not the notes after it that read like `Name: text` (simplejson, pytest 9.1)', () => {
		expect(
			describeTraceback([
				'Traceback (most recent call last):',
				'  File "/src/app/conftest.py", line 40, in pytest_runtest_call',
				'    raise error',
				'ValueError: the fitted value is out of range',
				"while checking column 'price' (row 17)",
				'hint: the fixture data may be stale',
			]),
		).toEqual({
			headline: 'ValueError: the fitted value is out of range',
			exceptionType: 'ValueError',
			location: {path: '/src/app/conftest.py', line: 40},
		});
		// A message of several lines: its first.
		expect(
			describeTraceback([
				'Traceback (most recent call last):',
				'  File "tests/test_a.py", line 3, in test_a',
				'    raise KeyError(x)',
				'    ^^^^^^^^^^^^^^^^^',
				'',
				'KeyError: first line',
				'Note: second line',
			]).headline,
		).toBe('KeyError: first line');
	});

	test('a bare assert becomes an AssertionError', () => {
		expect(describeMessage('assert 1 == 2')).toEqual({
			headline: 'AssertionError: assert 1 == 2',
			exceptionType: 'AssertionError',
			location: undefined,
		});
	});
});
