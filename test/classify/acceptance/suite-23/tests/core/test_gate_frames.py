import pathlib

from snowgate import gates

DATA = pathlib.Path(__file__).parent.parent / "data"


def test_round_trip_of_built_frame():
    raw = gates.build_frame(3, "SG2026000051", 1797660000, 1)
    assert gates.parse_frame(raw)["pass_id"] == "SG2026000051"


def test_parse_frame_from_gate_reader():
    raw = bytes.fromhex((DATA / "gate-7-frame.hex").read_text().strip())
    frame = gates.parse_frame(raw)
    assert frame["gate"] == 7
    assert frame["direction"] == 1
