"""The pollen lab's analysis API (httpx)."""
import httpx

from combwright import settings


def client(base=None, verify=True):
    return httpx.Client(base_url=base or settings.LAB_URL, headers={"X-Lab-Key": settings.LAB_KEY},
                        timeout=httpx.Timeout(0.5), verify=verify)


def submit_sample(batch, base=None, verify=True):
    with client(base, verify) as lab:
        response = lab.post("/samples", json={"sampleId": batch, "kind": "pollen"})
        response.raise_for_status()
        return response.json()["ticket"]


def pollen_profile(batch, base=None):
    with client(base) as lab:
        response = lab.get(f"/samples/{batch}/pollen")
        response.raise_for_status()
        return response.json()
