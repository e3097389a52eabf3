"""The link to the ambulance service's dispatch gateway, which raises callouts."""
import requests

from fellcall import settings


class Link:
    def __init__(self, session, link_id):
        self.session = session
        self.link_id = link_id

    def acknowledge(self, incident):
        response = self.session.post(f"{settings.DISPATCH_URL}/links/{self.link_id}/ack", json={"incident": incident},
                                     timeout=2)
        response.raise_for_status()
        return response.json()


def connect(team):
    session = requests.Session()
    response = session.post(f"{settings.DISPATCH_URL}/links", json={"team": team}, timeout=2)
    response.raise_for_status()
    return Link(session, response.json()["link"])
