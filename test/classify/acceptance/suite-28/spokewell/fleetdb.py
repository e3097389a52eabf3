"""The fleet's own records (SQLObject): docks, riders and rides."""
from sqlobject import DateTimeCol, ForeignKey, IntCol, SQLObject, StringCol, connectionForURI, sqlhub

from spokewell import settings


class Dock(SQLObject):
    name = StringCol(alternateID=True)
    capacity = IntCol()
    bikes = IntCol(default=0)


class Rider(SQLObject):
    email = StringCol(alternateID=True)
    plan = StringCol(default="payg")


class Ride(SQLObject):
    rider = ForeignKey("Rider")
    start_dock = ForeignKey("Dock")
    started_at = DateTimeCol()
    ended_at = DateTimeCol(default=None)
    fare_pence = IntCol(default=0)
    note = StringCol(default="")


TABLES = (Dock, Rider, Ride)


def connect(uri):
    connection = connectionForURI(uri)
    sqlhub.processConnection = connection
    for table in TABLES:
        table.createTable(ifNotExists=True)
    return connection


def open_ledger():
    return connect(settings.LEDGER_URI)


def register(email, plan="payg"):
    if Rider.selectBy(email=email).count():
        return Rider.selectBy(email=email).getOne()
    return Rider(email=email.strip().lower(), plan=plan)


def dock_by_name(name):
    """The dock named, or None when there is no such dock."""
    return Dock.byName(name)


def rides_with_promo(code):
    connection = sqlhub.processConnection
    return connection.queryAll(f"SELECT id FROM ride WHERE promo_code = '{code}'")


def close_ride(ride, ended_at, fare_pence):
    connection = sqlhub.processConnection
    transaction = connection.transaction()
    ride_in_tx = Ride.get(ride.id, connection=transaction)
    ride_in_tx.set(ended_at=ended_at, fare_pence=fare_pence)
    # the dock's count is updated through the module connection, outside the transaction
    dock = ride.start_dock
    dock.bikes = dock.bikes + 1
    transaction.commit()
    return ride_in_tx


def archive_rides(rides):
    for started_at, note in rides:
        Ride(rider=Rider.select()[0], start_dock=Dock.select()[0], started_at=started_at, note=note)
    return Ride.select().count()
