import os
import resource
import threading
import time

import pytest

from seatline import exports

pytestmark = pytest.mark.chaos


@pytest.fixture
def low_descriptor_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, hard))
    yield
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.fixture
def memory_ceiling():
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (1024 * 1024 * 1024, hard))
    yield
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@pytest.fixture
def scratch(tmp_path):
    folder = tmp_path / "scratch"
    folder.mkdir()
    yield folder
    os.rmdir(folder)


def test_bulk_e_tickets_for_a_sold_out_show(tmp_path, low_descriptor_limit):
    handles = exports.open_ticket_files(tmp_path, 120)
    try:
        assert len(handles) == 120
    finally:
        for handle in handles:
            handle.close()


def test_small_batch_of_e_tickets(tmp_path):
    handles = exports.open_ticket_files(tmp_path, 20)
    for handle in handles:
        handle.close()
    assert len(list(tmp_path.iterdir())) == 20


def test_capacity_planner_for_the_arena(memory_ceiling):
    matrix = exports.seat_matrix(rows=480, seats_per_row=80)
    assert len(matrix) == 480


def test_capacity_planner_for_the_studio(memory_ceiling):
    assert len(exports.seat_matrix(rows=10, seats_per_row=12)[0]) == 12


def test_sales_export_when_the_volume_is_full():
    exports.write_sales_export("/dev/full", [("spring-gala", n, "45.00") for n in range(5000)])


def test_sales_export_written(tmp_path):
    path = exports.write_sales_export(tmp_path / "sales.csv", [("spring-gala", 1, "45.00")])
    assert path.read_text() == "spring-gala,1,45.00\n"


def test_on_sale_rush_with_many_browsers():
    stop = threading.Event()
    browsers = [threading.Thread(target=stop.wait, daemon=True) for _ in range(400)]
    try:
        for browser in browsers:
            browser.start()
    finally:
        stop.set()


def test_pdf_ticket_rendered(tmp_path):
    html = tmp_path / "ticket.html"
    html.write_text("<h1>Spring Gala</h1><p>Seat K14</p>")
    assert exports.render_ticket_pdf(html, tmp_path / "ticket.pdf").exists()


def test_door_list_written_to_scratch(scratch):
    path = exports.write_door_list(scratch, "spring-gala", [{"event": "spring-gala", "seat": "A1", "name": "Ada"}])
    assert path.read_text().splitlines()[1] == "spring-gala,A1,Ada"


def test_scratch_is_empty(scratch):
    assert exports.archive_folder(scratch) == []
