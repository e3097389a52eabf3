"""The weekly community chart, from the regional charts feed."""
import requests

from . import settings


def weekly_chart(week, timeout=2.0):
    response = requests.get(f"{settings.CHARTS_URL}/weeks/{week}", timeout=timeout)
    response.raise_for_status()
    return [entry["title"] for entry in response.json()["entries"]]
