import pytest

from berthline import db


@pytest.fixture
def database_path(tmp_path):
    return str(tmp_path / "berthline.sqlite3")


@pytest.fixture
def database(database_path):
    path = database_path
    connection = db.connect(str(path))
    db.migrate(connection)
    db.add_berth(connection, "A1", "Pontoon A, berth 1", 12.0)
    db.add_berth(connection, "V1", "Visitors' hammerhead", 25.0)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def shared_database(tmp_path_factory):
    path = tmp_path_factory.mktemp("shared") / "berthline.sqlite3"
    connection = db.connect(str(path))
    db.migrate(connection)
    db.add_berth(connection, "A1", "Pontoon A, berth 1", 12.0)
    yield connection
    connection.close()
