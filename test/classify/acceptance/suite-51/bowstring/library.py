import urllib.request

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from bowstring import settings


def session(retries=3):
    http = requests.Session()
    retry = Retry(total=retries, backoff_factor=0, status_forcelist=[502, 503, 504], allowed_methods=["GET"])
    http.mount("http://", HTTPAdapter(max_retries=retry))
    http.mount("https://", HTTPAdapter(max_retries=retry))
    return http


def download_score(base_url, title):
    response = session().get(f"{base_url}/scores/{title}", timeout=2)
    response.raise_for_status()
    return response.content


def listing(base_url):
    proxies = {"http": settings.OUTBOUND_PROXY, "https": settings.OUTBOUND_PROXY}
    response = requests.get(f"{base_url}/scores", proxies=proxies, timeout=2)
    response.raise_for_status()
    return response.json()


def listing_via(proxy_url, base_url):
    response = requests.get(f"{base_url}/scores", proxies={"https": proxy_url}, timeout=2)
    response.raise_for_status()
    return response.json()


def mirror_listing(base_url):
    response = requests.get(f"{base_url}/scores", timeout=2)
    response.raise_for_status()
    return response.json()


def mirror_listing_urllib(base_url):
    with urllib.request.urlopen(f"{base_url}/scores", timeout=2) as answer:
        return answer.read()


def parts(base_url, title, timeout=0.5):
    response = requests.get(f"{base_url}/scores/{title}/parts", timeout=timeout)
    response.raise_for_status()
    return response.json()


def catalogue(base_url):
    response = requests.get(f"{base_url}/catalogue", timeout=2)
    response.raise_for_status()
    return response.json()
