import os

import pytest

from quadroll import exports

pytestmark = pytest.mark.chaos


def test_term_export_written():
    exports.write_export("term-2027-spring.csv", ["CS101-A,30"])


def test_open_every_transcript(tmp_path):
    handles = exports.open_transcripts(tmp_path, 1100)
    assert len(handles) == 1100


def test_export_on_full_disk():
    exports.flush("/dev/full", b"CS101-A,30\n" * 100)


def test_year_archive(tmp_path):
    exports.write_bytes(tmp_path / "archive-2026.bin", 12 * 1024 * 1024)


def test_transcript_pdf(tmp_path):
    html = tmp_path / "t.html"
    html.write_text("<h1>Transcript</h1>")
    exports.render_pdf(html, tmp_path / "t.pdf")


def test_notify_whole_cohort():
    sent = []
    exports.notify_all([f"s{n}" for n in range(300)], lambda student: (sent.append(student), __import__("time").sleep(0.2)))
    assert len(sent) == 300


def test_prerequisite_chain():
    prerequisites = {"CS301": ["CS201"], "CS201": ["CS101"], "CS101": ["CS301"]}
    assert exports.chain("CS301", prerequisites)


def test_scratch_is_writable(tmp_path):
    assert os.access(tmp_path, os.W_OK)
