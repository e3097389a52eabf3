"""The unit's peers: the radiocarbon laboratory, the county's map tiles, the museum's handover API, the geological
survey, and scan uploads to the archive through the unit's proxy."""
import requests

from spoilheap import settings

session = requests.Session()


def radiocarbon_date(base_url, sample):
    response = session.get(f"{base_url}/samples/{sample}", timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()


def queue_samples(base_url, batch):
    response = session.post(f"{base_url}/queue", json={"samples": batch}, timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()["queued"]


def fetch_tile(base_url, ca_bundle, z, x, y):
    response = session.get(f"{base_url}/tiles/{z}/{x}/{y}.png", verify=ca_bundle, timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.content


def hand_over(base_url, box):
    response = session.get(f"{base_url}/boxes/{box}/manifest", timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()


def borehole(easting, northing):
    response = session.get(
        f"{settings.GEOLOGY_URL}/boreholes", params={"e": easting, "n": northing}, timeout=settings.HTTP_TIMEOUT
    )
    response.raise_for_status()
    return response.json()


def upload_scan(archive_url, proxy_url, name, payload):
    response = requests.put(
        f"{archive_url}/scans/{name}", data=payload, proxies={"https": proxy_url}, timeout=settings.HTTP_TIMEOUT
    )
    response.raise_for_status()
    return response.status_code


def notify_museum(base_url, box):
    response = session.post(f"{base_url}/notices", json={"box": box}, timeout=settings.HTTP_TIMEOUT)
    return response.status_code
