"""Map tiles over TLS from the map tile service."""
import requests

from fellcall import settings


def tile(z, x, y, base=None):
    response = requests.get(f"{base or settings.MAPS_URL}/tiles/{z}/{x}/{y}.png",
                            verify=settings.MAPS_CA_FILE or True, timeout=2)
    response.raise_for_status()
    return response.content
