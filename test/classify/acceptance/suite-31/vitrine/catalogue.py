"""The catalogue of objects (SQLObject over SQLite)."""
import datetime

from sqlobject import DateCol, IntCol, SQLObject, StringCol, connectionForURI, sqlhub

from vitrine import settings


class CatalogueObject(SQLObject):
    accession = StringCol(alternateID=True, length=20)
    title = StringCol()
    acquisition_date = DateCol(default=None)
    year = IntCol()


def open_catalogue(path=None):
    connection = connectionForURI("sqlite:" + (path or settings.CATALOGUE_PATH))
    sqlhub.processConnection = connection
    CatalogueObject.createTable(ifNotExists=True)
    return connection


def next_accession(year):
    count = CatalogueObject.select(CatalogueObject.q.year == year - 1).count()
    return f"{year}.{count + 1}"


def accession(title, year):
    return CatalogueObject(accession=next_accession(year), title=title, year=year)


def acquired_since(connection, day):
    return connection.queryAll(
        f"SELECT accession FROM catalogue_object WHERE acquired_on >= '{day.isoformat()}'"
    )


def catalogue_year(day=None):
    day = day or datetime.date.today()
    return day.year
