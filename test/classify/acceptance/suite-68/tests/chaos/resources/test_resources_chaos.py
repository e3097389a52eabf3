import pytest

from skywicker import certificates, db


class TestResources:
    def test_certificate_rendered(self, tmp_path):
        svg = tmp_path / "cert.svg"
        svg.write_text(certificates.svg("Ines", 12))
        assert certificates.render(svg, tmp_path / "cert.pdf").name == "cert.pdf"

    def test_certificate_svg(self):
        assert "flight 12" in certificates.svg("Ines", 12)

    @pytest.mark.parametrize("size", ["1-mb", "4-mb"])
    def test_flight_log_written(self, tmp_path, size):
        path = tmp_path / "flight.log"
        path.write_bytes(b"x" * int(size.split("-")[0]) * 1024 * 1024)
        assert path.stat().st_size == int(size.split("-")[0]) * 1024 * 1024

    def test_many_small_files(self, tmp_path):
        for n in range(200):
            (tmp_path / f"track-{n}.gpx").write_text("<gpx/>")
        assert len(list(tmp_path.iterdir())) == 200

    @pytest.mark.parametrize("users", ["10-users", "100-users", "500-users"])
    def test_manifests_exported(self, audited, tmp_path, users):
        count = int(users.split("-")[0]) // 10
        flight = db.add_flight(audited, "Export", "R", count)
        for n in range(count):
            db.book(audited, flight, f"e{n}", 70)
        out = tmp_path / "manifest.csv"
        out.write_text("\n".join(db.passengers(audited, flight)))
        assert len(out.read_text().splitlines()) == count

    @pytest.mark.parametrize("connections", [5, 10, 20])
    def test_connections_opened_and_closed(self, audited, connections):
        for _ in range(connections):
            db.connect().close()

    @pytest.mark.parametrize("rows", [100, 1000, 5000])
    def test_large_manifest_query(self, audited, rows):
        flight = db.add_flight(audited, "Large", "R", rows)
        with audited.cursor() as cur:
            cur.executemany("INSERT INTO bookings (flight_id, passenger, weight_kg) VALUES (%s, %s, 70)",
                            [(flight, f"r{n}") for n in range(rows)])
        audited.commit()
        assert len(db.passengers(audited, flight)) == rows

    def test_audit_table_grows(self, audited):
        with audited.cursor() as cur:
            cur.execute("SELECT count(*) FROM chaos_audit")
            assert cur.fetchone()[0] > 0

    @pytest.mark.parametrize("site", ["ASH", "KEL", "WEN"])
    def test_site_reports(self, audited, tmp_path, site):
        flight = db.add_flight(audited, site, "R", 2)
        (tmp_path / f"{site}.txt").write_text(str(db.load_kg(audited, flight)))

    def test_log_rotation(self, tmp_path):
        for n in range(5):
            (tmp_path / f"skywicker.log.{n}").write_text("rotated")
        assert len(list(tmp_path.glob("skywicker.log.*"))) == 5

    def test_connection_closed_after_export(self, audited):
        assert audited.closed == 0

    def test_temp_dir_clean(self, tmp_path):
        assert list(tmp_path.iterdir()) == []
