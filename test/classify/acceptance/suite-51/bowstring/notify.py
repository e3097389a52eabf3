import requests

from bowstring import settings

_http = requests.Session()


def remind(member, rehearsal):
    response = _http.post(f"{settings.NOTIFY_URL}/send", json={"to": member, "text": f"Rehearsal {rehearsal}"},
                          timeout=2)
    response.raise_for_status()
    return response.status_code
