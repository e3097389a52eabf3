from tollgate import exports


class TestExports:
    def test_small_export(self):
        assert len(exports.build_export(10)) == 10 * exports.ROW_BYTES

    def test_month_to_local_dir(self, tmp_path):
        path = exports.write_month("2026-10", [("anna", 500)], directory=str(tmp_path))
        assert open(path).read() == "anna,500\n"

    def test_full_year_export(self, container_memory):
        buffer = exports.build_export(2_000_000)
        assert len(buffer) == 2_000_000 * exports.ROW_BYTES

    def test_spool_month(self):
        records = [("anna", n, "AB-123") for n in range(20000)]
        exports.spool(records)

    def test_month_to_export_share(self):
        path = exports.write_month("2026-11", [("anna", 500), ("bo", 250)])
        assert path.endswith("2026-11.csv")

    def test_render_invoice(self):
        html = exports.render_invoice({"number": 17, "amount": "4.55"})
        assert "17" in html

    def test_merge_day_shards(self, tmp_path, container_files):
        paths = []
        for shard in range(300):
            path = tmp_path / f"shard-{shard:03}.csv"
            path.write_text(f"{shard:05},anna\n")
            paths.append(str(path))
        assert exports.merge_shards(paths) == 300
