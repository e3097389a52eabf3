import pytest

from lampwatch import registry


@pytest.mark.chaos
class TestDatabase:
    def test_registry_lists_lights(self, registry_db):
        with registry_db.cursor() as cur:
            cur.execute("SELECT id FROM lights")
            assert cur.fetchall()

    @pytest.mark.parametrize("light", ["HW01", "HW02"])
    def test_registry_light_by_id(self, registry_db, light):
        with registry_db.cursor() as cur:
            cur.execute("SELECT id FROM lights WHERE id = %s", (light,))
            assert cur.fetchone() == (light,)

    def test_registry_updates_characteristic(self, registry_db):
        with registry_db.cursor() as cur:
            cur.execute("UPDATE lights SET characteristic = 'Fl 5s' WHERE id = 'HW01'")
            assert cur.rowcount == 1

    @pytest.mark.parametrize("users", [100], ids=lambda n: f"{n}-users")
    def test_registry_under_load(self, registry_db, users):
        with registry_db.cursor() as cur:
            for _ in range(users):
                cur.execute("SELECT 1")

    def test_registry_failover(self, registry_db):
        assert registry_db.closed == 0

    def test_registry_notices_joined(self, registry_db):
        with registry_db.cursor() as cur:
            cur.execute("SELECT l.id FROM lights l JOIN notices n ON n.light = l.id")

    def test_logbook_entry_written(self, logbook):
        assert registry.write_entry(logbook, "HW01", "lit at dusk") == 1

    def test_logbook_entries_numbered(self, logbook):
        registry.write_entry(logbook, "HW01", "lit at dusk")
        assert registry.write_entry(logbook, "HW01", "out at dawn") == 2

    @pytest.mark.parametrize("keepers", [1, 2, 5], ids=lambda n: f"{n}-keepers")
    def test_keepers_write_at_once(self, logbook, logbook_path, keepers):
        registry.write_entries_from_keepers(logbook_path, "HW04", keepers)
        assert logbook.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == keepers

    def test_light_relit(self, logbook, logbook_path):
        registry.write_entry(logbook, "HW03", "unlit in gale")
        registry.relight(logbook, logbook_path, "HW03")
        assert logbook.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 1

    def test_logbook_schema_created(self, logbook):
        tables = {row[0] for row in logbook.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == {"entries", "audit"}

    @pytest.mark.parametrize("text", ["lit at dusk", "fog signal sounded", "lens cleaned", "relief landed"])
    def test_logbook_entry_text(self, logbook, text):
        registry.write_entry(logbook, "HW02", text)
        assert logbook.execute("SELECT text FROM entries").fetchone() == (text,)

    def test_logbook_starts_at_one(self, logbook):
        assert logbook.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM entries").fetchone() == (1,)

    @pytest.mark.parametrize("light", ["HW01", "HW02"])
    def test_logbook_per_light(self, logbook, light):
        registry.write_entry(logbook, light, "lit")
        assert logbook.execute("SELECT light FROM entries").fetchall() == [(light,)]
