"""The public collection API (Pyramid)."""
import datetime
from decimal import Decimal

from pyramid.config import Configurator
from pyramid.view import view_config


def object_view(request):
    accession = request.matchdict["accession"]
    return {"accession": accession, "title": "Bowl", "valuation": Decimal("1250.00")}


def object_images(request):
    return {"images": [f"{request.matchdict['accession']}/master.tif"]}


def health(request):
    return {"ok": True, "checked": datetime.datetime.now(datetime.timezone.utc).isoformat()}


def admin_objects(request):
    return {"objects": []}


def admin_objects_v2(request):
    return {"objects": [], "version": 2}


def make_app():
    with Configurator() as config:
        config.add_route("object", "/objects/{accession}")
        config.add_route("health", "/healthz")
        config.add_route("object_images", "/object/{accession}/images")
        config.add_view(object_images, route_name="object_images", renderer="json")
        config.add_view(object_view, route_name="object", renderer="json")
        config.add_view(health, route_name="health", renderer="json")
        return config.make_wsgi_app()


def make_admin_app():
    with Configurator() as config:
        config.add_route("admin_objects", "/admin/objects")
        config.add_view(admin_objects, route_name="admin_objects", renderer="json")
        config.add_view(admin_objects_v2, route_name="admin_objects", renderer="json")
        return config.make_wsgi_app()
