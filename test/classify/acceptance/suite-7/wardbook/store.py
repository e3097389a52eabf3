"""Appointment store: PostgreSQL in production (SQLite in the core tests) and the Mongo audit trail."""
import bson
import psycopg2
import sqlalchemy as sa
from sqlalchemy.orm import Session, declarative_base, relationship

from wardbook import settings

Base = declarative_base()


class Clinic(Base):
    __tablename__ = "clinics"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String, nullable=False)
    appointments = relationship("Booking", back_populates="clinic")


class Booking(Base):
    __tablename__ = "bookings"
    id = sa.Column(sa.Integer, primary_key=True)
    patient = sa.Column(sa.String, nullable=False)
    clinic_id = sa.Column(sa.Integer, sa.ForeignKey("clinics.id"))
    clinic = relationship("Clinic", back_populates="appointments")


def connect(port, dbname=None, password=None):
    return psycopg2.connect(
        host="127.0.0.1",
        port=port,
        dbname=dbname or settings.DB_NAME,
        user=settings.DB_USER,
        password=password or settings.DB_PASSWORD,
        sslmode="disable",
        connect_timeout=2,
    )


def replica():
    return psycopg2.connect(settings.REPLICA_DSN)


class Store:
    def __init__(self, engine):
        self.engine = engine
        self._open = []

    def close(self):
        for conn in self._open:
            conn.close()

    def clinic(self, name):
        with Session(self.engine) as session:
            return session.execute(sa.select(Clinic).where(Clinic.name == name)).scalar_one()

    def clinic_by_id(self, clinic_id):
        with Session(self.engine) as session:
            return session.get(Clinic, clinic_id)

    def count_for(self, clinic_id):
        conn = self.engine.connect()
        self._open.append(conn)
        return conn.execute(sa.select(sa.func.count()).select_from(Booking).where(Booking.clinic_id == clinic_id)).scalar()


def audit_document(booking):
    return bson.encode({"patient": booking["patient"], "day": booking["day"], "clinic": booking["clinic"]})
