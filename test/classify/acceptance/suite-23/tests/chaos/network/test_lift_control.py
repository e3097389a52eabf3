import asyncio
import socket
import threading

import pytest

from snowgate import gates, lifts, mail, settings

pytestmark = pytest.mark.chaos


@pytest.fixture
def silent_controller(monkeypatch):
    """A lift station that takes the TCP connection and never sends its SSH banner."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    held = []

    def accept():
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    monkeypatch.setattr(settings, "LIFT_CONTROLLER", listener.getsockname())
    yield
    listener.close()
    for conn in held:
        conn.close()


def test_controller_status_of_gondola():
    assert asyncio.run(lifts.controller_status("gondola")) == "running"


def test_controller_status_when_station_hangs(silent_controller):
    assert asyncio.run(lifts.controller_status("summit-chair")) in ("running", "stopped")


def test_set_lift_speed_on_can_bus():
    with gates.lift_bus() as bus:
        gates.send_speed(bus, 2, 50)


def test_receipt_by_mail():
    asyncio.run(mail.send_receipt("kari@example.org", "3-day adult pass SG-2026-00041"))
