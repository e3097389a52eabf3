import pytest

from tramyard import depot, settings


@pytest.mark.chaos
class TestDatabase:
    def test_fleet_lists_trams(self, fleet_db):
        with fleet_db.cursor() as cur:
            cur.execute("SELECT id FROM trams")
            assert cur.fetchall()

    @pytest.mark.parametrize("tram", ["T01", "T02"])
    def test_fleet_tram_by_id(self, fleet_db, tram):
        with fleet_db.cursor() as cur:
            cur.execute("SELECT id FROM trams WHERE id = %s", (tram,))
            assert cur.fetchone() == (tram,)

    @pytest.mark.parametrize("users", [100], ids=lambda n: f"{n}-users")
    def test_fleet_under_load(self, fleet_db, users):
        with fleet_db.cursor() as cur:
            for _ in range(users):
                cur.execute("SELECT 1")

    def test_job_opened(self, workbook):
        assert depot.open_job(workbook, "T01", "pantograph worn") == 1

    def test_jobs_numbered(self, workbook):
        depot.open_job(workbook, "T01", "pantograph worn")
        assert depot.open_job(workbook, "T01", "door sensor") == 2

    @pytest.mark.parametrize("fitters", [1, 2, 5], ids=lambda n: f"{n}-fitters")
    def test_fitters_open_jobs_at_once(self, workbook, workbook_path, fitters):
        depot.open_jobs_from_fitters(workbook_path, "T06", fitters)
        assert workbook.execute("SELECT COUNT(*) FROM jobs").fetchone()[0] == fitters

    def test_tram_released(self, workbook, workbook_path):
        depot.open_job(workbook, "T03", "wheel flat")
        depot.release_tram(workbook, workbook_path, "T03")
        assert workbook.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 1

    def test_workbook_schema(self, workbook):
        tables = {row[0] for row in workbook.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == {"jobs", "audit"}

    @pytest.mark.parametrize("text", ["pantograph worn", "door sensor", "wheel flat", "horn quiet"])
    def test_job_text(self, workbook, text):
        depot.open_job(workbook, "T02", text)
        assert workbook.execute("SELECT text FROM jobs").fetchone() == (text,)

    def test_workbook_starts_at_one(self, workbook):
        assert workbook.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM jobs").fetchone() == (1,)

    @pytest.mark.parametrize("tram", ["T01", "T02"])
    def test_jobs_per_tram(self, workbook, tram):
        depot.open_job(workbook, tram, "check")
        assert workbook.execute("SELECT tram FROM jobs").fetchall() == [(tram,)]

    def test_job_numbers_increase(self, workbook):
        numbers = [depot.open_job(workbook, "T04", f"job {n}") for n in range(3)]
        assert numbers == [1, 2, 3]

    def test_fleet_dsn_configured(self):
        assert "dbname=fleet" in settings.FLEET_DSN
