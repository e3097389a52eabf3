"""The carrier's API: rates, labels, tracking, uploads."""

from . import client
from .settings import settings


class Carrier:
    def __init__(self, sess=None, token=None):
        self.conf = settings()
        self.sess = sess or client.session()
        self.token = token

    def _url(self, path):
        return f"{self.conf['carrier_url']}{path}"

    def _headers(self):
        return {"Authorization": f"Bearer {self.token()}"} if self.token else {}

    def get(self, path, **params):
        return client.get_json(
            self.sess, self._url(path), timeout=self.conf["carrier_timeout"], params=params, headers=self._headers()
        )

    def rate(self, weight, zone):
        return self.get("/v1/rates", weight=weight, zone=zone)["rate"]

    def book_label(self, shipment):
        resp = self.sess.post(self._url("/v1/labels"), json=shipment, timeout=self.conf["carrier_timeout"])
        resp.raise_for_status()
        return client.expect_json(resp)["label_id"]

    def with_retry(self, path, **params):
        resp = client.call_with_retry(
            lambda: self.sess.get(self._url(path), params=params, timeout=self.conf["carrier_timeout"]),
            backoff_ms=self.conf["retry_backoff_ms"],
            max_wait=self.conf["max_retry_wait"],
        )
        return resp.json()

    def upload_manifest(self, data):
        resp = self.sess.post(self._url("/v1/manifests"), data=data, timeout=self.conf["upload_timeout"])
        resp.raise_for_status()
        return resp.json()

    def hits(self, path):
        return self.sess.get(self._url("/stats"), params={"path": path}, timeout=2).json()


class Tracking:
    def __init__(self, sess=None):
        self.conf = settings()
        self.sess = sess or client.session()

    def status(self, parcel, version="v1"):
        return client.get_json(self.sess, f"{self.conf['tracking_url']}/{version}/track/{parcel}", timeout=2)["status"]

    def poll(self, parcel, times):
        return [self.status(parcel, version="v2") for _ in range(times)]


def locker_open(bank, door):
    conf = settings()
    sess = client.session()
    return client.get_json(sess, f"{conf['locker_url']}/banks/{bank}/doors/{door}/open", timeout=1)


def geocode(address):
    conf = settings()
    sess = client.session()
    return client.get_json(sess, f"{conf['geocoder_url']}/search", timeout=1, params={"q": address})


def fetch_secure(name, cert=None):
    """GETs a TLS peer (customs broker, insurer, bank, post office portal) with the service's CA bundle."""
    conf = settings()
    sess = client.session()
    resp = sess.get(conf[f"{name}_url"], timeout=2, verify=conf["ca_bundle"], cert=cert)
    resp.raise_for_status()
    return resp.text
