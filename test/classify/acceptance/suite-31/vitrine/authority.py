"""Artist and place authorities from the national linked-data service."""
import time

from SPARQLWrapper import JSON, SPARQLWrapper

from vitrine import settings
from vitrine.errors import AuthorityUnavailable


def _client(endpoint=None):
    client = SPARQLWrapper(endpoint or settings.AUTHORITY_ENDPOINT)
    client.setReturnFormat(JSON)
    client.setTimeout(settings.AUTHORITY_TIMEOUT)
    return client


def artist_query(name):
    return (
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        f"SELECT ?artist WHERE {{ ?artist skos:prefLabel \"{name}\"@en }}"
    )


def find_artist(name, endpoint=None):
    client = _client(endpoint)
    client.setQuery(artist_query(name))
    result = client.queryAndConvert()
    return [row["artist"]["value"] for row in result["results"]["bindings"]]


def find_place(name, endpoint=None):
    try:
        client = _client(endpoint)
        client.setQuery(f'SELECT ?place WHERE {{ ?place <http://schema.org/name> "{name}" }}')
        result = client.queryAndConvert()
    except OSError as error:
        raise AuthorityUnavailable(f"place lookup failed for {name!r}") from error
    return [row["place"]["value"] for row in result["results"]["bindings"]]


class AuthorityCache:
    def __init__(self, lookup, ttl=None, size=3, clock=time.monotonic):
        self.lookup = lookup
        self.ttl = settings.AUTHORITY_CACHE_TTL if ttl is None else ttl
        self.size = size
        self.clock = clock
        self.entries = {}

    def get(self, name):
        entry = self.entries.get(name)
        if entry and self.clock() - entry[1] < self.ttl:
            return entry[0]
        value = self.lookup(name)
        if len(self.entries) >= self.size:
            newest = max(self.entries, key=lambda key: self.entries[key][1])
            del self.entries[newest]
        self.entries[name] = (value, self.clock())
        return value
