import os
import pytest
from lantern import tools


def test_check():
    tools.run_check()


def test_slow():
    tools.run_slow()


def test_missing_tool():
    tools.run_missing_tool()


def test_shell_missing():
    tools.run_shell_missing()


def test_segfault():
    tools.run_segfault()


def test_cross_device(tmp_path):
    src = tmp_path / "a"
    src.write_text("x")
    tools.move_across(src, "/dev/shm/lantern-x")


def test_is_directory(tmp_path):
    tools.open_dir(tmp_path)


def test_name_too_long(tmp_path):
    tools.open_dir(tmp_path / ("x" * 300))


def test_terminated():
    tools.run_terminated()


def test_rlimit():
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard + 1, hard))
