"""Forage weather from the met feed and the forage map's in-cluster API."""
import requests

from combwright import settings


def flying_hours(apiary):
    response = requests.get(f"{settings.WEATHER_URL}/flying-hours", params={"apiary": apiary}, timeout=2)
    response.raise_for_status()
    return response.json()["hours"]


def forage_map(apiary):
    response = requests.get(f"{settings.FORAGE_MAP_URL}/apiaries/{apiary}", timeout=2)
    response.raise_for_status()
    return response.json()
