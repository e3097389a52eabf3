import pytest

pytestmark = pytest.mark.chaos


def test_price_archive_written(tmp_path):
    archive = tmp_path / "prices-2026.csv"
    with archive.open("w") as out:
        for day in range(400):
            for species in range(300):
                out.write(f"{day},{species},12.50,{'x' * 60}\n")
    assert archive.stat().st_size > 0
