"""Shipping labels (ZPL from Jinja templates), label proofs and proof-of-delivery scans."""
import io
import pathlib
import warnings

import jinja2
from PIL import Image

TEMPLATES = pathlib.Path(__file__).parent / "templates"
_env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), undefined=jinja2.StrictUndefined)
SERVICES = {"STD": "Standard", "NXT": "Next day", "PAL": "Pallet"}


def render_label(kind, shipment):
    template = _env.get_template(f"{kind}.zpl.j2")
    return template.render(shipment=_label_fields(shipment))


def _label_fields(shipment):
    return {
        "sscc": shipment["sscc"],
        "receiver": {"name": shipment["to"]["name"], "postcode": shipment["to"]["postcode"]},
        "service": SERVICES[shipment["service"]],
    }


def service_name(code):
    if code not in SERVICES:
        raise ValueError(f"unknown service code {code!r}")
    return SERVICES[code]


def proof_thumbnail(png_bytes, size=(200, 120)):
    """The small JPEG of a label proof shown to the packer."""
    image = Image.open(io.BytesIO(png_bytes))
    image.thumbnail(size)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


def load_pod_scan(path):
    """A proof-of-delivery scan uploaded by the driver's handheld."""
    with Image.open(path) as image:
        return image.size


def label_size(name):
    return {"4x6": (101.6, 152.4), "4x4": (101.6, 101.6)}[name]


def legacy_label_size(name):
    warnings.warn("legacy_label_size() is going away: use label_size()", FutureWarning, stacklevel=2)
    return label_size(name)
