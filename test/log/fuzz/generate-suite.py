#!/usr/bin/env python3
"""Generates one random small pytest suite and the command line to run it with (test/log/fuzz/README.md).

Usage: generate-suite.py SEED DIR [--run]
Writes DIR/suite/ (the tests) and DIR/plan.json ({"pytest": "9"|"7", "args": [...], "env": {...}}).
With --run, also runs pytest from DIR/suite (console output to DIR/run.log, JUnit XML to DIR/run.xml)
and writes DIR/meta.json with fixtures/traps/meta.py, as the traps are recorded.
Everything follows from SEED: the same seed gives the same suite and the same command.
"""
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
META = HERE.parent.parent.parent / "fixtures" / "traps" / "meta.py"
P9 = "python3"
P7 = "/usr/bin/python3"
XDIST9 = "/opt/xdist9"
# pytest-timeout 2.4 for pytest 9 (README: the wheel from the local index unpacked there); pytest 7.2 has Debian's 2.1.
TIMEOUT9 = "/opt/timeout9"

# Lines a test prints that look like pytest's own output.
NOISE = [
    "PASSED",
    "FAILED",
    "ERROR",
    "test_fake.py::test_fake PASSED",
    "test_fake.py::test_fake FAILED                                 [ 50%]",
    "[ 50%]",
    "[100%]",
    "==================================== FAILURES ====================================",
    "_________________________________ test_fake _________________________________",
    "=========================== short test summary info ============================",
    "FAILED test_fake.py::test_fake - AssertionError: nope",
    "ERROR test_fake.py::test_fake - RuntimeError",
    "E       assert 0",
    "test_fake.py:3: AssertionError",
    "========================= 1 failed, 2 passed in 0.12s ==========================",
    "==================== 3 passed in 0.01s ====================",
    "____________________ ERROR at setup of test_fake ____________________",
    "collected 3 items",
    "..F.sx",
    "test_fake.py .F.                                                          [ 60%]",
    "XFAIL test_fake.py::test_fake - reason",
    "SKIPPED [1] test_fake.py:4: why",
    "------------------------------- Captured stdout call -------------------------------",
    "Traceback (most recent call last):",
    "unicode: Zürich ✓ 日本",
    "\tindented with a tab",
    "",
]

# Parameter ids with odd characters.
ODD_IDS = [
    "a b",
    "with space ",
    "[",
    "]",
    "[x]",
    "a[1]",
    "x]-[y",
    "Zürich",
    "日本語",
    "emoji😀",
    "a::b",
    "::",
    "-",
    "a-b-c",
    "--",
    "x" * 150,
    "long " * 40,
    "PASSED",
    " FAILED ",
    "[ 50%]",
    "a/b",
    "a.py",
    "back\\slash",
    "quote'\"",
    "tab\there",
    "new\nline",
    "percent%d",
    "dots...",
    "",
    "0",
    "- x",
    "a - b",
    "x <- y.py",
    "@",
    "(",
    ")",
]

# What a plugin writes in the header or the terminal summary: anything but pytest's own rules, which no real
# plugin writes there and which the console alone could not tell from pytest's.
PLUGIN_NOISE = [line for line in NOISE if not line.startswith("=")]

WARNINGS = ["a warning", "PASSED", "multi\nline warning"]
MESSAGES = ["multi\nline\nmessage", "why"]

# Since hunt 63: texts of a local whose repr spans lines (`Shown`), as `-l`/`--showlocals` prints it in a failing
# report: `shown      = first` then the repr's other lines as they are, shaped like pytest's own.
SHOWN = [
    "Shown(\nE       assert 0\n)",
    "first\n____________________ test_fake ____________________\nlast",
    "first\n========================= 1 failed, 2 passed in 0.12s ==========================",
    "first\ntest_fake.py:3: AssertionError",
    "first\nFAILED test_fake.py::test_fake - AssertionError: nope\nlast",
    "first\n------------------------------- Captured stdout call -------------------------------\nPASSED",
    "first\n    def test_fake():\n>       assert 0\nE       assert 0",
]

# Since hunt 65: doctests in a text file (`--doctest-glob=*.txt`) and in a helper module (`--doctest-modules`).
DOCTEST_TEXT = """Some prose.

>>> 1 + 1
2
>>> sorted({'b': 1, 'a': 2})
['b', 'a']
>>> 'FAILED'
'FAILED'
"""
DOCTEST_MODULE = '''def double(x):
    """
    >>> double(2)
    5
    """
    return 2 * x


def ok():
    """
    >>> ok()
    1
    """
    return 1
'''

ODD_VALUES = [0, 1, -1, 1.5, None, True, "s", "", "[", "a b", "Zürich", b"bytes", b"\xc3\xa5", (1, 2), [1], {"k": 1}, "x" * 80]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seed = seed
        self.counter = 0
        self.conftest_fixtures = []
        # The shapes of CI logs added in hunt 27 draw from their own generator, so that the rest of a seed's suite
        # and options stay what they were.
        self.f = random.Random(f"faults-{seed}")
        # At most one test per suite that ends the session or its worker (os._exit, a crash, pytest.exit, a hang
        # past --timeout), and whether the run gets --timeout (pytest-timeout 2.1 under pytest 7.2, 2.4 under 9).
        self.ender = self.f.choice(["os_exit", "segv", "pytest_exit", "sleep", "fd1"]) if self.f.random() < 0.2 else None
        self.timeout = self.ender == "sleep" or self.f.random() < 0.05
        # Since hunt 63, from a generator of its own (the rest of a seed's suite and options stay as they were): failing
        # bodies with a local whose repr spans lines, and `-l` more often, which prints it.
        self.shown = random.Random(f"shown-{seed}")
        # Since hunt 65, from a generator of its own (the rest of a seed's suite and options stay as they were): shapes
        # of CI logs the others do not draw (`wide_module`, `wide_conftest`, `wide_files`, `wide_args`).
        self.w = random.Random(f"wide-{seed}")
        self.wide_count = 0
        self.doctest_files = False
        self.doctest_modules = False

    def name(self, base):
        self.counter += 1
        return f"{base}_{self.counter}"

    def chance(self, p):
        return self.r.random() < p

    def noise(self, indent):
        out = []
        for _ in range(self.r.randint(1, 4)):
            line = self.r.choice(NOISE)
            stream = self.r.choice(["", ", file=sys.stderr"])
            out.append(f"{indent}print({line!r}{stream})")
        if self.chance(0.3):
            out.append(f"{indent}sys.stdout.write({self.r.choice(NOISE)!r})  # no newline")
        return out

    def body(self, kind, indent, in_unittest=False):
        """Statements for a test that ends in `kind`."""
        lines = []
        if self.chance(0.35):
            lines += self.noise(indent)
        if self.chance(0.15):
            lines.append(f"{indent}warnings.warn({self.r.choice(WARNINGS)!r})")
        if kind in ("pass", "xpass", "xpass_strict", "error_teardown", "conftest_fixture"):
            lines.append(f"{indent}assert True")
        elif kind in ("fail", "xfail", "xfail_strict"):
            if self.shown.random() < 0.3:
                lines.append(f"{indent}shown = Shown({self.shown.choice(SHOWN)!r})")
            style = self.r.randrange(6)
            if in_unittest:
                lines.append(f"{indent}self.assertEqual({self.r.randint(0, 9)}, 10, {self.r.choice(NOISE)!r})")
            elif style == 0:
                lines.append(f"{indent}assert {self.r.randint(0, 9)} == 10")
            elif style == 1:
                lines.append(f"{indent}raise ValueError({self.r.choice(NOISE + MESSAGES)!r})")
            elif style == 2:
                lines.append(f"{indent}pytest.fail({self.r.choice(NOISE + ['why'])!r})")
            elif style == 3:
                lines.append(f"{indent}x = {{'a': [1, 2, 3]}}")
                lines.append(f"{indent}assert x == {{'a': [1, 2, 4]}}, 'dicts differ'")
            elif style == 4:
                lines.append(f"{indent}def inner(n):")
                lines.append(f"{indent}    if n == 0:")
                lines.append(f"{indent}        raise KeyError('deep')")
                lines.append(f"{indent}    return inner(n - 1)")
                lines.append(f"{indent}inner(3)")
            else:
                lines.append(f"{indent}raise ExceptionGroup('group', [ValueError('one'), TypeError('two')])"
                             if sys.version_info >= (3, 11) else f"{indent}raise RuntimeError('x')")
        elif kind == "skip_call":
            lines.append(f"{indent}pytest.skip({self.r.choice(['why', 'PASSED', 'a - b', ''])!r})")
        elif kind == "xfail_call":
            lines.append(f"{indent}pytest.xfail({self.r.choice(['known', 'FAILED', 'x - y'])!r})")
        elif kind == "exit":
            lines.append(f"{indent}pytest.exit('stopping the session here')")
        elif kind == "os_exit":
            lines.append(f"{indent}import os")
            lines.append(f"{indent}print('about to leave', flush=True)")
            lines.append(f"{indent}os._exit({self.f.choice([0, 1, 3])})")
        elif kind == "segv":
            lines.append(f"{indent}import ctypes")
            lines.append(f"{indent}ctypes.string_at(0)")
        elif kind == "pytest_exit":
            reason = self.f.choice(["stopping here", "FAILED", "a\nb"])
            lines.append(f"{indent}pytest.exit({reason!r}, returncode={self.f.choice([None, 0, 3])!r})")
        elif kind == "sleep":
            lines.append(f"{indent}import time")
            lines.append(f"{indent}time.sleep(2.5)")
        elif kind == "fd1":
            # Output written to fd 1 past the capture, without a newline, and a closed sys.stdout.
            lines.append(f"{indent}import os")
            lines.append(f"{indent}os.write(1, {self.f.choice([b'raw fd output', b'PASSED', b'.F'])!r})")
            if self.f.random() < 0.3:
                lines.append(f"{indent}sys.stdout.close()")
        else:
            lines.append(f"{indent}assert True")
        return lines

    def fault_fail(self, indent):
        """A failing body of a shape CI logs have: recursion, chained exceptions, deep or long tracebacks."""
        style = self.f.randrange(6)
        if style == 0:
            return [f"{indent}def again(n):", f"{indent}    return again(n + 1)", f"{indent}again(0)"]
        if style == 1:
            return [
                f"{indent}try:",
                f"{indent}    {{}}['missing']",
                f"{indent}except KeyError as error:",
                f"{indent}    raise ValueError({self.f.choice(['wrapped', 'FAILED x', 'a - b'])!r}) from error",
            ]
        if style == 2:
            return [
                f"{indent}try:",
                f"{indent}    1 / 0",
                f"{indent}except ZeroDivisionError:",
                f"{indent}    raise OSError('while handling')",
            ]
        if style == 3:
            depth = self.f.randint(8, 30)
            return [
                f"{indent}def down(n):",
                f"{indent}    if n == 0:",
                f"{indent}        assert n == {depth}, 'bottom'",
                f"{indent}    down(n - 1)",
                f"{indent}down({depth})",
            ]
        if style == 4:
            # Huge output, then a failure.
            n = self.f.choice([2000, 20000])
            return [
                f"{indent}for i in range({n}):",
                f"{indent}    print('line', i, 'of output')",
                f"{indent}print('x' * {self.f.choice([5000, 100000])})",
                f"{indent}assert False, 'after much output'",
            ]
        message = self.f.choice(["multi\nline", ""])
        return [
            f"{indent}import logging",
            f"{indent}logging.getLogger('app').error('logged %s', {self.f.choice(['ERROR', 'FAILED x', 'plain'])!r})",
            f"{indent}raise AssertionError({message!r})",
        ]

    def test_kind(self):
        return self.r.choices(
            [
                "pass", "fail", "error_setup", "error_teardown", "fail_teardown", "skip_mark", "skip_call",
                "skipif", "xfail", "xpass", "xfail_strict", "xpass_strict", "xfail_call", "conftest_fixture",
            ],
            weights=[30, 15, 5, 4, 3, 3, 3, 2, 3, 2, 2, 2, 2, 3],
        )[0]

    def function(self, indent, method=False, params=None):
        kind = self.test_kind()
        lines = []
        fixtures = []
        if kind == "error_setup":
            fixtures.append("broken_setup")
        elif kind in ("error_teardown", "fail_teardown"):
            fixtures.append("broken_teardown")
        elif kind == "conftest_fixture" and self.conftest_fixtures:
            fixtures.append(self.r.choice(self.conftest_fixtures))
        if self.chance(0.1):
            fixtures.append("noisy")
        if self.chance(0.1):
            fixtures.append("capsys")
        if kind == "skip_mark":
            lines.append(f"{indent}@pytest.mark.skip(reason={self.r.choice(['no', 'FAILED here', 'a - b'])!r})")
        elif kind == "skipif":
            lines.append(f"{indent}@pytest.mark.skipif(True, reason='cond')")
        elif kind in ("xfail", "xpass"):
            lines.append(f"{indent}@pytest.mark.xfail(reason={self.r.choice(['known', 'FAILED', ''])!r})")
        elif kind in ("xfail_strict", "xpass_strict"):
            lines.append(f"{indent}@pytest.mark.xfail(strict=True, reason='strict')")
        name = self.name(self.r.choice(["test", "test_thing", "test_PASSED", "test_ünï", "test_a_b"]))
        argnames = []
        if params is None and self.chance(0.3):
            params = self.params()
        if params:
            lines.append(f"{indent}{params}")
            argnames.append("p")
        args = (["self"] if method else []) + fixtures + argnames
        lines.append(f"{indent}def {name}({', '.join(args)}):")
        body_kind = "fail" if kind in ("fail", "fail_teardown") else kind
        if kind == "xfail_call":
            body_kind = "xfail_call"
        if self.ender and self.f.random() < 0.3:
            body_kind, self.ender = self.ender, None
        if body_kind == "fail" and self.f.random() < 0.3:
            lines += self.fault_fail(indent + "    ")
        else:
            lines += self.body(body_kind, indent + "    ")
        if argnames and self.chance(0.3):
            # Some parameters fail, some pass.
            lines.insert(len(lines) - 1, f"{indent}    if str(p).startswith('a'):")
            lines.insert(len(lines) - 1, f"{indent}        assert p == 'not a'")
        return lines

    def params(self):
        n = self.r.randint(1, 5)
        style = self.r.randrange(3)
        if style == 0:
            ids = [self.r.choice(ODD_IDS) for _ in range(n)]
            values = list(range(n))
            return f"@pytest.mark.parametrize('p', {values!r}, ids={ids!r})"
        if style == 1:
            values = [self.r.choice(ODD_VALUES) for _ in range(n)]
            return f"@pytest.mark.parametrize('p', {values!r})"
        parts = []
        for i in range(n):
            marks = ""
            if self.chance(0.2):
                marks = ", marks=pytest.mark.xfail"
            elif self.chance(0.1):
                marks = ", marks=pytest.mark.skip(reason='p')"
            parts.append(f"pytest.param({self.r.choice(ODD_VALUES)!r}, id={self.r.choice(ODD_IDS)!r}{marks})")
        return f"@pytest.mark.parametrize('p', [{', '.join(parts)}])"

    def klass(self, indent, depth=0):
        lines = [f"{indent}class {self.name('Test' + self.r.choice(['Thing', 'PASSED', 'Ünï', 'Case']))}:"]
        for _ in range(self.r.randint(1, 3)):
            lines += self.function(indent + "    ", method=True)
        if depth < 2 and self.chance(0.3):
            lines += self.klass(indent + "    ", depth + 1)
        return lines

    def unittest_class(self):
        lines = [f"class {self.name('Unit')}(unittest.TestCase):"]
        if self.chance(0.15):
            lines += ["    @classmethod", "    def setUpClass(cls):", "        raise RuntimeError('setUpClass broke')"]
        if self.chance(0.15):
            lines += ["    def setUp(self):", "        raise RuntimeError('setUp broke')"]
        if self.chance(0.15):
            lines += ["    def tearDown(self):", "        raise RuntimeError('tearDown broke')"]
        for _ in range(self.r.randint(1, 4)):
            kind = self.r.choice(["pass", "pass", "fail", "error", "skip", "xfail", "xpass", "subtest"])
            name = self.name("test")
            if kind in ("xfail", "xpass"):
                lines.append("    @unittest.expectedFailure")
            if kind == "skip":
                lines.append("    @unittest.skip('unit skip')")
            lines.append(f"    def {name}(self):")
            if self.chance(0.3):
                lines += self.noise("        ")
            if kind in ("fail", "xfail"):
                lines.append(f"        self.assertEqual(1, 2, {self.r.choice(NOISE)!r})")
            elif kind == "error":
                lines.append("        raise OSError('unit error')")
            elif kind == "subtest":
                lines.append("        for i in range(3):")
                lines.append("            with self.subTest(i=i):")
                lines.append("                self.assertNotEqual(i, 1)")
            else:
                lines.append("        pass")
        return lines

    def module(self):
        lines = ["import sys", "import unittest", "import warnings", "", "import pytest", ""]
        lines += [
            "@pytest.fixture",
            "def broken_setup():",
            f"    raise RuntimeError({self.r.choice(['setup broke', 'FAILED', 'ERROR at setup'])!r})",
            "",
            "@pytest.fixture",
            "def broken_teardown():",
            "    yield 1",
            f"    raise RuntimeError({self.r.choice(['teardown broke', 'PASSED'])!r})",
            "",
            "@pytest.fixture",
            "def noisy():",
            "    print('fixture says PASSED')",
            "    yield",
            "    print('[100%] teardown noise')",
            "",
            "class Shown:",
            "    def __init__(self, text):",
            "        self.text = text",
            "    def __repr__(self):",
            "        return self.text",
            "",
        ]
        trouble = self.r.random()
        if trouble < 0.04:
            lines.append("raise RuntimeError('module import broke')")
        elif trouble < 0.06:
            lines.append("def broken(:")
        elif trouble < 0.08:
            lines.append("import no_such_module_anywhere")
        elif trouble < 0.11:
            lines.append("pytest.skip('whole module skipped', allow_module_level=True)")
        elif trouble < 0.13:
            lines.append("pytestmark = pytest.mark.skip(reason='marked module')")
        for _ in range(self.r.randint(1, 5)):
            lines.append("")
            which = self.r.random()
            if which < 0.55:
                lines += self.function("")
            elif which < 0.8:
                lines += self.klass("")
            else:
                lines += self.unittest_class()
        lines += self.wide_module()
        return "\n".join(lines) + "\n"

    def wide_name(self, base):
        # Names of their own, so that the other tests keep theirs (`name` counts them).
        self.wide_count += 1
        return f"{base}_w{self.wide_count}"

    def wide_module(self):
        # Since hunt 65: `pytest.warns`/`pytest.raises` failing (`DID NOT WARN`, `DID NOT RAISE`), a class-scoped
        # fixture failing in teardown after its class's last test, the `subtests` fixture (pytest 9's own,
        # pytest-subtests 0.9 under 7.2), a long parametrize id in a failing test (cut in the short summary's line).
        lines = []
        if self.w.random() < 0.2:
            which = self.w.choice(["warns", "raises", "warns_match"])
            lines += ["", f"def {self.wide_name('test_' + which)}():"]
            if which == "warns":
                lines += ["    with pytest.warns(DeprecationWarning):", "        pass"]
            elif which == "raises":
                lines += ["    with pytest.raises(KeyError):", "        {}.get('k')"]
            else:
                lines += [
                    "    with pytest.warns(UserWarning, match='expected text'):",
                    "        warnings.warn('other text FAILED')",
                ]
        if self.w.random() < 0.15:
            fixture = self.wide_name("class_resource")
            message = self.w.choice(["class teardown broke", "FAILED", "ERROR at teardown"])
            lines += [
                "",
                "@pytest.fixture(scope='class')",
                f"def {fixture}():",
                "    yield 1",
                f"    raise RuntimeError({message!r})",
                "",
                f"class {self.wide_name('TestClassScoped')}:",
            ]
            for _ in range(self.w.randint(1, 3)):
                body = self.w.choice(["assert True", "assert True", "assert 1 == 2"])
                lines += [f"    def {self.wide_name('test_scoped')}(self, {fixture}):", f"        {body}"]
        if self.w.random() < 0.15:
            lines += [
                "",
                f"def {self.wide_name('test_subtests')}(subtests):",
                f"    for i in range({self.w.randint(2, 4)}):",
                "        with subtests.test(msg='case', i=i):",
                f"            assert i != {self.w.randint(0, 2)}",
            ]
        if self.w.random() < 0.1:
            long_id = "-".join(self.w.choice(["alpha", "beta", "Zürich", "x" * 30, "a b", "[x]"]) for _ in range(8))
            message = " ".join(["a long message"] * 12)
            lines += [
                "",
                f"@pytest.mark.parametrize('p', [1, 2], ids=[{long_id!r}, 'short'])",
                f"def {self.wide_name('test_long_id')}(p):",
                f"    assert p == 2, {message!r}",
            ]
        return lines

    def wide_conftest(self):
        # Since hunt 65: plugins printing sections of their own: a coverage-like report after the summary
        # (`---- coverage: … ----` and a table) and a line at the session's start (as pytest-randomly's seed).
        lines = []
        if self.w.random() < 0.12:
            lines += [
                "def pytest_terminal_summary(terminalreporter):",
                "    terminalreporter.write_sep('-', 'coverage: platform linux, python 3.11.7-final-0')",
                "    terminalreporter.write_line('Name        Stmts   Miss  Cover')",
                "    terminalreporter.write_line('-------------------------------')",
                "    terminalreporter.write_line('app.py         10      2    80%')",
                "",
            ]
        if self.w.random() < 0.1:
            # Since hunt 66, also a line shaped like a file's finished progress line, padded to the terminal's width
            # (before pytest's banner, which the terminal reporter's own pytest_sessionstart prints after it).
            line = self.w.choice(["Using --randomly-seed=1234", "PASSED", "plugin: ready", "test_fake.py .F."])
            text = repr(line)
            if line.startswith("test_fake.py"):
                text = f"{line!r}.ljust(reporter._tw.fullwidth - 8) + ' [ 60%]'"
            lines += [
                "def pytest_sessionstart(session):",
                "    reporter = session.config.pluginmanager.get_plugin('terminalreporter')",
                "    if reporter is not None:",
                f"        reporter.write_line({text})",
                "",
            ]
        return lines

    def wide_files(self, root):
        # Since hunt 65: a text file of doctests (`--doctest-glob`), and a helper module with a doctest
        # (`--doctest-modules`), each with a failing example.
        if self.w.random() < 0.12:
            self.doctest_files = True
            (root / f"doc_{self.seed}.txt").write_text(DOCTEST_TEXT)
        if self.w.random() < 0.1:
            self.doctest_modules = True
            (root / f"helpers_{self.seed}.py").write_text(DOCTEST_MODULE)

    def wide_args(self, args):
        # Since hunt 65: options CI configurations use that the others do not draw.
        if self.doctest_files:
            args.append("--doctest-glob=*.txt")
        if self.doctest_modules:
            args.append("--doctest-modules")
        if self.w.random() < 0.06:
            args.append("--no-header")
        if self.w.random() < 0.05:
            args.append("--no-summary")
        if self.w.random() < 0.06:
            args += ["-W", "error::UserWarning"]
        if self.w.random() < 0.05:
            args.append("--runxfail")
        if "no:cacheprovider" not in args and self.w.random() < 0.1:
            # A fresh suite has no cache: the header says `run-last-failure: no previously failed tests, …`.
            args.append(self.w.choice(["--lf", "--ff", "--nf"]))
        if self.w.random() < 0.06:
            args.append("-rP")
        if self.w.random() < 0.05:
            # Each test's line and its fixtures' SETUP/TEARDOWN lines, the letters glued to them (`showskip-*`).
            args.append("--setup-show")

    def conftest(self):
        lines = ["import pytest", ""]
        self.conftest_fixtures = []
        if self.chance(0.5):
            self.conftest_fixtures.append("shared_broken")
            lines += ["@pytest.fixture", "def shared_broken():", "    raise LookupError('conftest fixture broke')", ""]
        if self.chance(0.5):
            self.conftest_fixtures.append("shared_ok")
            lines += ["@pytest.fixture", "def shared_ok():", "    print('shared PASSED')", "    return 1", ""]
        if self.chance(0.2):
            lines += ["def pytest_report_header(config):", f"    return [{self.r.choice(PLUGIN_NOISE)!r}, 'header line']", ""]
        if self.chance(0.2):
            lines += [
                "def pytest_collection_modifyitems(items):",
                "    items.reverse()",
                "",
            ]
        if self.chance(0.15):
            lines += [
                "def pytest_terminal_summary(terminalreporter):",
                "    terminalreporter.section('custom section')",
                f"    terminalreporter.write_line({self.r.choice(PLUGIN_NOISE)!r})",
                "",
            ]
        if self.f.random() < 0.12:
            # A plugin deselecting tests (N deselected), as a CI's conftest does for slow or flaky ones.
            lines += [
                "def pytest_collection_modifyitems(config, items):",
                "    dropped = [item for item in items if item.name.endswith(('_3', '_5', '_8')) or '[a' in item.name]",
                "    if dropped:",
                "        config.hook.pytest_deselected(items=dropped)",
                "        items[:] = [item for item in items if item not in dropped]",
                "",
            ]
        if self.chance(0.1):
            lines += [
                "@pytest.fixture(autouse=True)",
                "def chatty():",
                f"    print({self.r.choice(NOISE)!r})",
                "    yield",
                "",
            ]
        lines += self.wide_conftest()
        return "\n".join(lines) + "\n", bool(self.conftest_fixtures)

    def suite(self, root):
        root.mkdir(parents=True)
        text, _ = self.conftest()
        (root / "conftest.py").write_text(text)
        ini = ["[pytest]"]
        if self.chance(0.15):
            ini.append("disable_test_id_escaping_and_forfeit_all_rights_to_community_support = true")
        if self.chance(0.15):
            ini.append("xfail_strict = true")
        if self.chance(0.1):
            ini.append("junit_family = xunit1")
        if self.chance(0.1):
            ini.append("console_output_style = " + self.r.choice(["classic", "count", "progress"]))
        (root / "pytest.ini").write_text("\n".join(ini) + "\n")
        files = self.r.randint(1, 4)
        for i in range(files):
            where = root
            if self.chance(0.4):
                where = root / self.r.choice(["sub", "pkg/deeper", "tests", "a-b", "ünï"])
                where.mkdir(parents=True, exist_ok=True)
                if self.chance(0.5):
                    (where / "__init__.py").touch()
            name = self.r.choice(["test_", "test_x_", "test_PASSED_"]) + f"{self.seed}_{i}.py"
            (where / name).write_text(self.module())
        self.wide_files(root)

    def plan(self):
        version = self.r.choice(["9", "7"])
        args = []
        verbosity = self.r.choices(["", "-v", "-vv", "-q", "-qq"], weights=[25, 35, 15, 20, 5])[0]
        if verbosity:
            args.append(verbosity)
        report = self.r.choice([None, None, "-rA", "-ra", "-rfE", "-rs", "-rxX", "-rN"])
        if report:
            args.append(report)
        tb = self.r.choice([None, None, "short", "long", "line", "native", "no", "auto"])
        if tb:
            args.append(f"--tb={tb}")
        stop = self.r.random()
        if stop < 0.1:
            args.append("-x")
        elif stop < 0.2:
            args.append(f"--maxfail={self.r.randint(1, 4)}")
        if self.chance(0.2):
            args.append("-s")
        if self.chance(0.6):
            args += ["-p", "no:cacheprovider"]
        if self.chance(0.1):
            args.append("--continue-on-collection-errors")
        if self.chance(0.1):
            args.append("-l")
        if self.chance(0.1):
            args.append("--durations=3")
        if self.chance(0.08):
            args.append("--color=yes")
        paths = []
        if self.timeout:
            args += [f"--timeout={self.f.choice([1, 2])}"]
            if self.f.random() < 0.5:
                args.append("--timeout-method=" + self.f.choice(["thread", "signal"]))
            if version == "9":
                paths.append(TIMEOUT9)
        if self.f.random() < 0.08:
            args += ["-p", "no:faulthandler"]
        if self.f.random() < 0.08:
            args += ["-k", self.f.choice(["not _2", "test_a or Unit", "not PASSED"])]
        if self.f.random() < 0.06:
            args += ["-o", "log_cli=true"]
        if "-s" not in args and self.f.random() < 0.08:
            # Since hunt 58: output both captured (its report's `Captured stdout call`) and printed live among the
            # progress lines, as `-s` prints it (CI configurations that want to see output as it comes).
            args.append("--capture=tee-sys")
        if version == "9" and self.f.random() < 0.08:
            # Since hunt 59: each file's (or, under `-v`, each test's) duration where the percentage would be (pytest 8.4
            # and later; pytest 7.2 prints no marker for a style it does not know). Drawn last, so a seed's other
            # options stay as they were.
            args += ["-o", "console_output_style=times"]
        if "-l" not in args and self.shown.random() < 0.15:
            # Since hunt 63 (drawn from its own generator): `--showlocals` more often, with `Shown` locals to print.
            args.append("-l")
        self.wide_args(args)
        env = {}
        if self.chance(0.25):
            args += ["-n", "2"]
            if version == "9":
                paths.append(XDIST9)
        if paths:
            env["PYTHONPATH"] = ":".join(paths)
        if self.chance(0.05):
            env["PYTHONIOENCODING"] = self.r.choice(["ascii", "ascii:backslashreplace"])
        return {"pytest": version, "args": args, "env": env, "columns": self.r.choice([80, 80, 120, 200])}


def main():
    seed = int(sys.argv[1])
    out = Path(sys.argv[2])
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    gen = Gen(seed)
    gen.suite(out / "suite")
    plan = gen.plan()
    (out / "plan.json").write_text(json.dumps(plan, indent=1) + "\n")
    if "--run" not in sys.argv[3:]:
        return
    for folder in plan["env"].get("PYTHONPATH", "").split(":"):
        if folder and not Path(folder).is_dir():
            sys.exit(f"generate-suite.py: {folder} is missing (test/log/fuzz/README.md says how to make it)")
    python = P9 if plan["pytest"] == "9" else P7
    xml = (out / "run.xml").resolve()
    command = [python, "-m", "pytest", *plan["args"], f"--junitxml={xml}"]
    env = dict(os.environ, **plan["env"])
    env.pop("PYTEST_ADDOPTS", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["COLUMNS"] = str(plan["columns"])
    with open(out / "run.log", "wb") as log:
        try:
            status = subprocess.run(command, cwd=out / "suite", stdout=log, stderr=subprocess.STDOUT, env=env,
                                    timeout=120).returncode
        except subprocess.TimeoutExpired:
            status = -1
    shown = " ".join(f"{k}={v}" for k, v in plan["env"].items())
    shown = (shown + " " if shown else "") + ("python3" if plan["pytest"] == "9" else "/usr/bin/python3")
    shown += " -m pytest " + " ".join(plan["args"]) + " --junitxml=../run.xml"
    fmt = " ".join(a for a in plan["args"] if a.startswith("-v") or a.startswith("-q")) or "default"
    versions = {"9": ("3.11.7", "9.0.3"), "7": ("3.11.2", "7.2.1")}[plan["pytest"]]
    subprocess.run([P9, str(META), str(out), shown, versions[0], versions[1], fmt, str(status)], check=True)


if __name__ == "__main__":
    main()
