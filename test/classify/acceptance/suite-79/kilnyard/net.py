"""The kiln controller and the clay supplier over HTTP (urllib)."""
import json
import os
import urllib.error
from urllib.request import Request, urlopen


def controller():
    return os.environ["KILNYARD_CONTROLLER_URL"]


def get_json(url, timeout=2.0):
    with urlopen(Request(url, headers={"Accept": "application/json"}), timeout=timeout) as answer:
        return json.load(answer)


def kiln_temp(kiln):
    return get_json(f"{controller()}/kilns/{kiln}/status")["temp"]


def when_ready(name, retries=3):
    """Ask the controller's warming path; a 503 is retried up to `retries` times after the first attempt."""
    for attempt in range(retries):
        try:
            return get_json(f"{controller()}/warming/{name}")
        except urllib.error.HTTPError as error:
            if error.code != 503 or attempt == retries - 1:
                raise


def join_url(base, path):
    return base.rstrip("/") + path.lstrip("/")


def order_body(kiln, pieces):
    """The supplier's order, as JSON text."""
    return json.dumps({"pieces": pieces, "kiln": kiln})


def supplier_stock(glaze):
    return get_json(join_url(os.environ["KILNYARD_SUPPLIER_URL"], f"/stock/{glaze}"))


def scale_reading(bench):
    return get_json(f"{os.environ['KILNYARD_SCALE_URL']}/benches/{bench}")
