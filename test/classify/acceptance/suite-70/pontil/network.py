import socket

import requests

from pontil import settings


class Furnace:
    def __init__(self, url=None, timeout=2.0):
        self.url = url or settings.service_url("furnace")
        self.timeout = timeout

    def get(self, path):
        response = requests.get(self.url + path, timeout=self.timeout)
        response.raise_for_status()
        return response.json()

    def status(self):
        return self.get("/status")

    def setpoint(self, furnace):
        return self.get(f"/setpoint/{furnace}")

    def slow_reading(self):
        timeout = settings.studio()["furnace_timeout"]
        response = requests.get(self.url + "/slow", timeout=timeout)
        response.raise_for_status()
        return response.json()


class Gallery:
    def __init__(self, url=None):
        self.url = url or settings.service_url("gallery")

    def pieces(self, page=1):
        response = requests.get(f"{self.url}/pieces?page={page}", timeout=2.0)
        response.raise_for_status()
        return response.json()

    def piece(self, number):
        response = requests.get(f"{self.url}/pieces/{number}", timeout=2.0)
        response.raise_for_status()
        return response.json()

    def catalogue(self):
        response = requests.get(f"{self.url}/catalogue", timeout=5.0)
        response.raise_for_status()
        return response.json()

    def prices(self):
        response = requests.get(f"{self.url}/prices", timeout=2.0)
        response.raise_for_status()
        return response.json()


class Commissions:
    def __init__(self, url=None):
        self.url = url or settings.service_url("commissions")

    def open_commissions(self):
        response = requests.get(f"{self.url}/open", timeout=2.0)
        response.raise_for_status()
        return response.json()

    def accept(self, number):
        response = requests.post(f"{self.url}/accept/{number}", timeout=2.0)
        response.raise_for_status()
        return response.json()


def kiln_gateway_address():
    host = settings.studio()["kiln_gateway"]
    return socket.getaddrinfo(host, 7070, type=socket.SOCK_STREAM)[0][4]
