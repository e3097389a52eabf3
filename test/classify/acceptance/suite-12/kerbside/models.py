"""The local booking store (SQLite through peewee) the kiosks use when offline."""
import peewee

from . import billing

database = peewee.SqliteDatabase(None)


class Base(peewee.Model):
    class Meta:
        database = database


class Vehicle(Base):
    plate = peewee.CharField(unique=True)
    zone = peewee.CharField()


class Reservation(Base):
    vehicle = peewee.ForeignKeyField(Vehicle, backref="reservations")
    member_id = peewee.IntegerField()
    starts_at = peewee.DateTimeField()

    class Meta:
        indexes = ((("vehicle", "starts_at"), True),)


class Trip(Base):
    vehicle = peewee.ForeignKeyField(Vehicle)
    member_id = peewee.IntegerField()
    minutes = peewee.IntegerField()
    closed = peewee.BooleanField(default=False)


MIGRATIONS = [
    'CREATE TABLE vehicle (id INTEGER PRIMARY KEY, plate VARCHAR(16) NOT NULL UNIQUE, zone VARCHAR(32) NOT NULL)',
    'CREATE TABLE reservation (id INTEGER PRIMARY KEY, vehicle_id INTEGER NOT NULL REFERENCES vehicle (id),'
    ' member_id INTEGER NOT NULL, starts_at DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX reservation_vehicle_starts ON reservation (vehicle_id, starts_at)',
    'CREATE TABLE trip (id INTEGER PRIMARY KEY, vehicle_id INTEGER NOT NULL, member_id INTEGER NOT NULL,'
    ' minutes INTEGER NOT NULL, closed INTEGER NOT NULL DEFAULT 0)',
    'CREATE TABLE ledger (id INTEGER PRIMARY KEY, trip_id INTEGER NOT NULL, cents INTEGER NOT NULL)',
]


class VehicleTaken(Exception):
    pass


def open_store(path):
    database.init(str(path), timeout=0.2)
    database.connect(reuse_if_open=True)
    for statement in MIGRATIONS:
        database.execute_sql(statement)
    return database


def reserve(vehicle, member_id, starts_at):
    return Reservation.create(vehicle=vehicle, member_id=member_id, starts_at=starts_at)


def low_battery(zone, threshold=20):
    return list(Vehicle.select().where((Vehicle.zone == zone) & (peewee.SQL("battery_pct") < threshold)))


def close_trip(trip, path):
    with database.atomic():
        trip.closed = True
        trip.save()
        billing.charge(path, trip.id, trip.minutes * 35)
