from redcell import labels


def test_label_archive(tmp_path):
    path = labels.write_archive(str(tmp_path), size_mb=12)
    assert path.endswith("labels.tar")


def test_day_of_labels(tmp_path):
    assert labels.open_all(str(tmp_path), 1500) == 1500


def test_print_unit_labels(tmp_path):
    path = tmp_path / "labels.zpl"
    path.write_text("^XA^FDU-40 O-^FS^XZ")
    labels.print_labels(str(path))


def test_small_archive(tmp_path):
    assert labels.write_archive(str(tmp_path), size_mb=2).endswith(".tar")


def test_few_labels(tmp_path):
    assert labels.open_all(str(tmp_path), 20) == 20
