import socket
import subprocess

import prometheus_client
import pytest

from binwise import devices

pytestmark = pytest.mark.chaos


@pytest.fixture
def scale():
    port = devices.open_scale()
    yield port
    port.close()


@pytest.fixture
def spool_socket(tmp_path):
    path = tmp_path / "zebra-zt410-packing-line-3-label-printer-spool-control.sock"
    server = devices.spool_control(path)
    yield path
    server.close()


def test_parcel_weight_from_the_bench_scale(scale):
    assert devices.read_grams(scale) > 0


def test_spooler_running(tmp_path):
    pidfile = tmp_path / "spooler.pid"
    pidfile.write_text(f"{subprocess.Popen(['sleep', '3']).pid}\n")
    assert devices.spooler_state(pidfile) == "running"


def test_spooler_with_a_stale_pid_file_is_stopped(tmp_path):
    gone = subprocess.Popen(["true"])
    gone.wait()
    pidfile = tmp_path / "spooler.pid"
    pidfile.write_text(f"{gone.pid}\n")
    assert devices.spooler_state(pidfile) == "stopped"


def test_print_job_reaches_the_spooler(spool_socket):
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(str(spool_socket))
    client.close()


def test_pick_metrics_are_exported():
    metrics = devices.register_metrics()
    metrics["picks"].labels(zone="ambient").inc()
    assert b"binwise_picks_total" in prometheus_client.generate_latest()


def test_short_picks_are_counted():
    metrics = devices.register_metrics()
    metrics["short_picks"].inc(2)
    assert prometheus_client.REGISTRY.get_sample_value("binwise_short_picks_total") == 2


def test_metrics_in_a_registry_of_their_own():
    registry = prometheus_client.CollectorRegistry()
    devices.register_metrics(registry)["short_picks"].inc()
    assert registry.get_sample_value("binwise_short_picks_total") == 1
