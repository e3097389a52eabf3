import threading

import pytest
import zmq

from binwise import floor

pytestmark = pytest.mark.chaos


@pytest.fixture
def zk():
    client = floor.coordinator()
    yield client
    client.stop()


@pytest.fixture
def scanner_gateway():
    """A REP socket answering every scan request with the bin it belongs to."""
    context = zmq.Context.instance()
    socket = context.socket(zmq.REP)
    port = socket.bind_to_random_port("tcp://127.0.0.1")
    stop = threading.Event()

    def serve():
        poller = zmq.Poller()
        poller.register(socket, zmq.POLLIN)
        while not stop.is_set():
            if poller.poll(100):
                request = socket.recv_json()
                socket.send_json({"scan": request["scan"], "bin": "A-01-02"})

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"tcp://127.0.0.1:{port}"
    stop.set()
    thread.join(2)
    socket.close()


def test_conveyor_divert_is_published():
    client = floor.conveyor_client()
    info = floor.publish_divert(client, "TOTE-0042", 3)
    assert info.rc == 0


def test_wave_lock_is_exclusive(zk):
    lock = zk.Lock("/binwise/waves/W-1201", "picker-1")
    assert lock.acquire(timeout=1)


def test_pick_confirmation_reaches_the_wms():
    conn = floor.wms_bus()
    conn.send("/queue/binwise.picks", '{"tote": "TOTE-0042"}')
    conn.disconnect()


def test_replenishment_channel_opens(line_stub):
    port = line_stub(None, None)
    channel = floor.amqp_channel(port)
    assert channel.is_open


def test_scan_reaches_the_gateway(scanner_gateway):
    link = floor.ScannerLink(scanner_gateway)
    assert link.request({"scan": "003760123450000017"})["bin"] == "A-01-02"
    link.close()


def test_scan_reaches_the_floor_gateway():
    link = floor.ScannerLink()
    try:
        assert link.request({"scan": "003760123450000017"})["bin"]
    finally:
        link.close()


def test_batch_of_scans_reaches_the_gateway(scanner_gateway):
    link = floor.ScannerLink(scanner_gateway)
    try:
        answers = link.request_many([{"scan": "003760123450000017"}, {"scan": "003760123450000024"}])
        assert [answer["bin"] for answer in answers] == ["A-01-02", "A-01-02"]
    finally:
        link.close()


def test_one_frame_from_the_serial_bridge():
    assert floor.decode_frames(floor.encode_frame({"scan": "0042", "rssi": -61})) == {"scan": "0042", "rssi": -61}


def test_two_frames_in_one_read():
    buffer = floor.encode_frame({"scan": "0042"}) + floor.encode_frame({"scan": "0043"})
    assert [frame["scan"] for frame in floor.decode_frames(buffer)] == ["0042", "0043"]


def test_event_archive_round_trip():
    events = [{"tote": "TOTE-0042", "lane": 3}, {"tote": "TOTE-0043", "lane": 1}]
    assert floor.read_archive(floor.archive_events(events)) == events
