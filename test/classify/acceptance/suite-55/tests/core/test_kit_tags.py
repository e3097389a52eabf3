import pytest

from fellcall import kit


@pytest.mark.parametrize("tag,kind", [(f"rope-{i}", "rope") for i in range(1, 21)] +
                         [(f"helmet-{i}", "helmet") for i in range(1, 21)] +
                         [(f"radio-{i}", "radio") for i in range(1, 13)])
def test_add_and_read_kit(kit_db, tag, kind):
    _, conn = kit_db
    kit.add(conn, tag, kind)
    assert conn.execute("SELECT kind, checked_out FROM kit WHERE tag = ?", (tag,)).fetchone() == (kind, 0)


def test_kit_tags_sorted(kit_bd):
    _, conn = kit_bd
    for tag in ["rope-2", "rope-1"]:
        kit.add(conn, tag, "rope")
    assert [r[0] for r in conn.execute("SELECT tag FROM kit ORDER BY tag")] == ["rope-1", "rope-2"]
