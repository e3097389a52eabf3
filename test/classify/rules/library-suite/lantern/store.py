import sqlite3
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Item(Base):
    __tablename__ = "items"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String, unique=True)


def locked_write(path):
    holder = sqlite3.connect(path)
    holder.execute("create table if not exists t (x)")
    holder.execute("begin exclusive")
    other = sqlite3.connect(path, timeout=0.1)
    other.execute("insert into t values (1)")


def read_missing_table(path):
    conn = sqlite3.connect(path)
    return conn.execute("select * from accounts").fetchall()


def engine_for(url):
    return sa.create_engine(url)


def add_twice(engine):
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add_all([Item(name="a"), Item(name="a")])
        session.commit()


def find_one(engine, name):
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        return session.query(Item).filter_by(name=name).one()


def detached_name(engine):
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        item = Item(name="z")
        session.add(item)
        session.commit()
    session.close()
    return item.name


def query_missing_table(engine):
    with engine.connect() as conn:
        return conn.execute(sa.text("select * from ledger")).fetchall()


def bad_sql(engine):
    with engine.connect() as conn:
        return conn.execute(sa.text("selec 1")).fetchall()
