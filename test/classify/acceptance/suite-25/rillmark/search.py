"""Customer search for the call centre (Apache Solr through pysolr)."""

import pysolr

from rillmark import settings


def solr(base=None, core=None):
    base = (base or settings.SOLR_URL).rsplit("/", 1)[0]
    return pysolr.Solr(f"{base}/{core or settings.SOLR_CORE}", timeout=settings.HTTP_TIMEOUT)


def find_customer(name, **kwargs):
    return [doc["account"] for doc in solr(**kwargs).search(f'name:"{name}"')]


def index_customer(account, name, address, **kwargs):
    solr(**kwargs).add([{"account": account, "name": name, "address": address}], commit=True)


def forget_customer(account, **kwargs):
    solr(**kwargs).delete(id=account, commit=True)
