"""An agent's limits: step timeouts, tools, open files, file sizes, disk, folders."""
import os
from pathlib import Path

import pytest

from buildyard import steps

pytestmark = pytest.mark.chaos
DATA = Path(__file__).parent.parent.parent / "data"


def test_fetch_step_finishes(silent_peer):
    host, port = silent_peer
    assert steps.run(["git", "ls-remote", f"http://{host}:{port}/team/app.git"]) is not None


def test_make_step(tmp_path):
    (tmp_path / "Makefile").write_bytes((DATA / "Makefile").read_bytes())
    assert "building" in steps.run(["make", "-C", str(tmp_path), "build"], timeout=5)


def test_container_step():
    assert "Version" in steps.run(["docker", "version"], timeout=5)


def test_many_step_logs(tmp_path):
    logs = steps.open_logs(tmp_path, 1100)
    assert len(logs) == 1100


def test_large_build_output(tmp_path):
    assert steps.write_output(tmp_path / "image.tar", 16 << 20).stat().st_size == 16 << 20


def test_raise_open_files_for_linker():
    assert steps.raise_open_files(4096)[0] == 4096


def test_output_on_full_disk():
    steps.write_output(Path("/dev/full"), 1 << 20)


def test_workspace_under_var_lib():
    assert steps.workspace("/var/lib/buildyard/workspaces", "job-41").is_dir()


def test_cpu_share():
    assert steps.cpu_count_for({"share": 1}) == len(os.sched_getaffinity(0))
