"""The catalogue: records in MongoDB, a memo of titles, MARC-XML for the union catalogue."""

from cachetools import TTLCache, cached
from lxml import etree
from pydantic import BaseModel
from pymongo import MongoClient

_titles = TTLCache(maxsize=1024, ttl=600)
RECORDS = {}


def collection(url):
    return MongoClient(url, serverSelectionTimeoutMS=500).get_default_database()["records"]


def find_by_isbn(records, isbn):
    return records.find_one({"isbn": isbn})


def copies_available(records, isbn):
    return records.count_documents({"isbn": isbn, "status": "on-shelf"})


def add_record(records, record):
    return records.insert_one(record).inserted_id


@cached(_titles)
def title_of(isbn):
    return RECORDS[isbn]["title"]


def rename(isbn, title):
    RECORDS[isbn]["title"] = title


@cached(TTLCache(maxsize=256, ttl=60))
def search(query, filters):
    words = query.lower().split()
    return [
        isbn
        for isbn, record in RECORDS.items()
        if all(word in record["title"].lower() for word in words)
        and all(record.get(key) == value for key, value in filters.items())
    ]


def marc_xml(record):
    fields = "".join(
        f'<datafield tag="{tag}"><subfield code="a">{value}</subfield></datafield>'
        for tag, value in (("020", record["isbn"]), ("245", record["title"]), ("100", record["author"]))
    )
    return etree.fromstring(f'<record xmlns="http://www.loc.gov/MARC21/slim">{fields}</record>')


class Record(BaseModel):
    isbn: str
    title: str
    author: str
    publisher: str
    year: int


def record_from(document):
    return Record(**{key: value for key, value in document.items() if key != "_id"})
