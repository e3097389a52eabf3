from stowfold import exports


def test_export_folder():
    assert exports.export_dir().is_dir()


def test_statement_pdf(tmp_path):
    exports.merge_pdfs([tmp_path / "a.pdf", tmp_path / "b.pdf"], tmp_path / "out.pdf")


def test_cctv_spool(tmp_path):
    assert exports.spool_cctv(tmp_path, 12).stat().st_size == 12 * 1024 * 1024


def test_unit_logs_open(tmp_path):
    files = exports.open_unit_files(tmp_path, [f"U{number:04d}" for number in range(1200)])
    assert len(files) == 1200
