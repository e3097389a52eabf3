"""Wind and visibility observations from the harbour's weather station (urllib)."""
import json
import urllib.request

from moorline import settings


def observations(url=None):
    with urllib.request.urlopen(url or settings.WEATHER_URL, timeout=1) as response:
        return json.load(response)


def gale_warning(url=None):
    obs = observations(url)
    return obs["wind_kn"] >= 34
