"""The regional milk-quality laboratory (cell counts, bacteria, antibiotics) and the tankers' telemetry."""
import asyncio

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from milkrun import settings


def quality_result(base, sample):
    response = requests.get(f"{base}/results/{sample}", timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()


def submit_samples(base, samples):
    session = requests.Session()
    retry = Retry(total=settings.HTTP_RETRIES, backoff_factor=0.05, status_forcelist=[503], allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    response = session.post(f"{base}/samples", json={"samples": samples}, timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()["queued"]


def region_certificate(year):
    response = requests.get(f"{settings.REGION_LAB_URL}/certificates/{year}", timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()


async def tanker_position(host, port, tanker):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f"WHERE {tanker}\n".encode())
    await writer.drain()
    line = await reader.readline()
    writer.close()
    return line.decode().strip()


async def meter_reading(host, port, farm):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f"READ {farm}\n".encode())
    await writer.drain()
    line = await asyncio.wait_for(reader.readline(), timeout=settings.HTTP_TIMEOUT)
    writer.close()
    return float(line)
