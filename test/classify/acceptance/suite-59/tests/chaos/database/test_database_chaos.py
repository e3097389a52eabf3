import concurrent.futures

import psycopg2
import pytest

from seedvault import settings, vault


def together(call, *args_list):
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(args_list)) as pool:
        futures = [pool.submit(call, *args) for args in args_list]
        return [future.result() for future in futures]


@pytest.mark.chaos
class TestDatabase:
    def test_accession_registered(self, vault_db):
        assert vault.register(vault_db, "SV-2026-00001", "Primula vulgaris", 4200) == 1

    @pytest.mark.parametrize("collections", [10, 50, 100])
    def test_register_load(self, vault_db, collections):
        for n in range(collections):
            vault.register(vault_db, f"SV-2025-{n:05d}", "Silene dioica", 3000 + n)
        assert vault.count_on_replica("Silene dioica") == 0

    @pytest.mark.parametrize("benches", [4, 8, 16, 32, 64])
    def test_intake_load(self, vault_db, benches):
        pool = vault.intake_pool()
        try:
            together(vault.intake_batch, *[(pool, 2026, [("Digitalis purpurea", 800)] * 3)] * benches)
        finally:
            pool.closeall()
        with vault_db.cursor() as cur:
            cur.execute("SELECT count(*) FROM accessions")
            assert cur.fetchone()[0] == 3 * benches

    def test_same_collection_from_two_clerks(self, vault_db):
        first, second = vault.connect(), vault.connect()
        try:
            ids = together(vault.register_next, (first, 2026, "Quercus robur", 120),
                           (second, 2026, "Quercus robur", 95))
        finally:
            first.close()
            second.close()
        assert ids[0] != ids[1]

    def test_trays_moved_both_ways(self, vault_db):
        vault.set_room(vault_db, "cold-a", 40)
        vault.set_room(vault_db, "cold-b", 40)
        first, second = vault.connect(), vault.connect()
        try:
            together(vault.move_trays, (first, "cold-a", "cold-b", 6), (second, "cold-b", "cold-a", 2))
        finally:
            first.close()
            second.close()
        assert vault.rooms(vault_db) == {"cold-a": 36, "cold-b": 44}

    def test_germination_counted_at_two_benches(self, vault_db):
        accession = vault.register(vault_db, "SV-2026-00040", "Campanula rotundifolia", 5000)
        test = vault.start_test(vault_db, accession, 1, 100)
        first, second = vault.connect(), vault.connect()
        try:
            together(vault.count_germinated, (first, test, 41), (second, test, 38))
        finally:
            first.close()
            second.close()
        with vault_db.cursor() as cur:
            cur.execute("SELECT germinated FROM germination WHERE id = %s", (test,))
            assert cur.fetchone()[0] == 79

    def test_seeds_withdrawn(self, vault_db):
        accession = vault.register(vault_db, "SV-2026-00051", "Primula vulgaris", 4200)
        vault.withdraw(vault_db, accession, 200)
        with vault_db.cursor() as cur:
            cur.execute("SELECT seeds FROM accessions WHERE id = %s", (accession,))
            assert cur.fetchone()[0] == 4000

    def test_duplicate_lots_report(self, vault_db):
        with vault_db.cursor() as cur:
            cur.execute("INSERT INTO germination (accession, lot, sown) "
                        "SELECT g % 500, g / 2, 50 FROM generate_series(1, 20000) g")
        vault_db.commit()
        assert len(vault.duplicate_lots(vault_db)) == 20000

    def test_viability_recorded(self, vault_db):
        accession = vault.register(vault_db, "SV-2026-00060", "Silene dioica", 3100)
        test = vault.start_test(vault_db, accession, 1, 50)
        vault.record_viability(vault_db, test, 92.0)

    def test_viability_report(self, vault_db):
        accession = vault.register(vault_db, "SV-2026-00061", "Silene dioica", 3100)
        vault.start_test(vault_db, accession, 1, 50)
        assert vault.viability(vault_db, accession) == {1: None}

    def test_replica_counts(self, vault_db):
        assert vault.count_on_replica("Quercus robur") == 0

    def test_stocktake_stamped(self, vault_db):
        vault.register(vault_db, "SV-2026-00070", "Fagus sylvatica", 900)
        vault.stocktake({"SV-2026-00070": 880})

    def test_stocktake_of_empty_room(self, vault_db):
        vault.stocktake({"SV-2019-00001": 0})

    def test_archive_reachable(self, archive_db):
        with archive_db.cursor() as cur:
            cur.execute("SELECT 1")

    @pytest.mark.parametrize("species", ["Quercus robur", "Primula vulgaris", "Silene dioica"])
    def test_archive_sheets(self, archive_db, species):
        with archive_db.cursor() as cur:
            cur.execute("SELECT count(*) FROM sheets WHERE species = %s", (species,))

    def test_unreachable_vault_is_reported(self):
        with pytest.raises(psycopg2.OperationalError):
            vault.connect("postgresql://seedvault@127.0.0.1:1/seedvault?connect_timeout=1")

    def test_pool_settings(self):
        assert settings.INTAKE_POOL_MIN <= settings.INTAKE_POOL_MAX
