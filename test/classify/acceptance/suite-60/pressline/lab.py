"""The regional wine laboratory (must analyses, sulphite checks) and the cooperative's price feed."""
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from pressline import settings


def must_analysis(base, sample):
    response = requests.get(f"{base}/analyses/{sample}", timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()


def submit_batch(base, samples):
    session = requests.Session()
    retry = Retry(total=settings.HTTP_RETRIES, backoff_factor=0.05, status_forcelist=[503], allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    response = session.post(f"{base}/batches", json={"samples": samples}, timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()["queued"]


def sulphite_report(base, tank):
    response = requests.get(f"{base}/sulphite/{tank}", timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.content


def region_certificate(vintage):
    response = requests.get(f"{settings.REGION_LAB_URL}/certificates/{vintage}", timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()
