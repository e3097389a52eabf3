"""The survey office's peers: the tiles service, tide and surge tables, gauge stations (XML, xmltodict)."""

from urllib.parse import urljoin

import requests
import xmltodict

USER_AGENT = "shorewarden/2.3"


def get_json(url: str, timeout: float = 0.5) -> dict:
    response = requests.get(url, timeout=timeout, headers={"User-Agent": USER_AGENT})
    response.raise_for_status()
    return response.json()


def tile(settings, number: int) -> dict:
    return get_json(f"{settings.tiles_url}/api/v2/tiles/{number}")


def tile_etag(settings, number: int) -> str:
    return requests.get(f"{settings.tiles_url}/api/v2/tiles/{number}", timeout=0.5).headers["ETag"]


def busy_tile(settings, number: int) -> dict:
    return get_json(f"{settings.tiles_url}/busy/{number}")


def slow_tile(settings, number: int) -> dict:
    return get_json(f"{settings.tiles_url}/slow/{number}")


def api_url(settings, path: str) -> str:
    return urljoin(settings.tiles_url + "/api/v2", path)


def tile_v2(settings, number: int) -> dict:
    return get_json(api_url(settings, f"tiles/{number}"))


def tile_list(settings) -> list[int]:
    return get_json(f"{settings.tiles_url}/api/v2/tiles")["tiles"]


def tide_table(settings, station: str) -> dict:
    response = requests.get(f"{settings.tides_url}/tides/{station}.xml", timeout=2)
    response.raise_for_status()
    return xmltodict.parse(response.content)


def surge_table(settings) -> dict:
    response = requests.get(f"{settings.tiles_url}/surge.xml", timeout=2)
    response.raise_for_status()
    return xmltodict.parse(response.content)


def stations(settings, which: str) -> list[dict]:
    response = requests.get(f"{settings.tiles_url}/stations/{which}.xml", timeout=2)
    response.raise_for_status()
    document = xmltodict.parse(response.content)
    return [document["stations"]["station"][i] for i in range(len(document["stations"]["station"]))]


def station_ids(settings, which: str) -> list[str]:
    return [station["@id"] for station in stations(settings, which)]


def backoff(attempt: int, base: float = 0.5) -> float:
    return base * 2 ** (attempt - 1)
