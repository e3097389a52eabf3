import pytest

from pontil import db


@pytest.fixture
def studio_db(tmp_path):
    connection = db.connect(tmp_path / "studio.db")
    yield connection
    connection.close()


@pytest.fixture
def workbook():
    connection = db.connect(db.shared_workbook())
    yield connection
    connection.close()
