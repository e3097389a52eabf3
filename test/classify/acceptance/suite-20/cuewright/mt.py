"""Client of the machine-translation provider."""
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from . import settings


def _session():
    session = requests.Session()
    retry = Retry(total=2, backoff_factor=0.1, status_forcelist=(502, 503, 504), allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    session.headers["Authorization"] = f"Key {settings.MT_API_KEY}"
    return session


def translate(base_url, texts, target, timeout=1.0):
    response = _session().post(f"{base_url}/translate", json={"q": texts, "target": target}, timeout=timeout)
    response.raise_for_status()
    return [item["translatedText"] for item in response.json()["translations"]]


def translate_default(texts, target):
    return translate(settings.MT_URL, texts, target)


def translate_fallback(texts, target):
    return translate(settings.MT_FALLBACK_URL, texts, target)


def quota(base_url):
    response = requests.get(f"{base_url}/quota", timeout=1.0)
    response.raise_for_status()
    return response.json()["remaining"]


def glossary_upload(base_url, terms, cafile=None):
    response = requests.post(f"{base_url}/glossaries", json=terms, timeout=1.0, verify=cafile or True)
    response.raise_for_status()
    return response.json()
