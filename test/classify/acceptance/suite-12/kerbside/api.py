"""The fleet API (Falcon)."""
import falcon

VEHICLES = {
    1: {"id": 1, "plate": "1KB-001", "zone": "cbd", "model": "Ioniq 5", "battery_pct": 81},
    2: {"id": 2, "plate": "1KB-002", "zone": "southbank", "model": "Model 3", "battery_pct": 44},
}
RESERVATIONS = []


class VehicleResource:
    def on_get(self, req, resp, vehicle_id):
        vehicle = VEHICLES.get(vehicle_id)
        if vehicle is None:
            raise falcon.HTTPNotFound(title="No such vehicle")
        resp.media = vehicle


class ZoneResource:
    def on_get(self, req, resp, zone):
        vehicles = [v for v in VEHICLES.values() if v["zone"] == zone]
        resp.media = {"zone": zone, "vehicles": vehicles, "range_km": [v["range_km"] for v in vehicles]}


class ReservationsResource:
    def on_post(self, req, resp):
        body = req.get_media()
        if body.get("vehicle_id") not in VEHICLES:
            raise falcon.HTTPUnprocessableEntity(title="Unknown vehicle")
        reservation = {"id": len(RESERVATIONS) + 1, **body}
        RESERVATIONS.append(reservation)
        resp.media = reservation


def create_app():
    app = falcon.App()
    app.add_route("/vehicles/{vehicle_id:int}", VehicleResource())
    app.add_route("/zones/{zone}", ZoneResource())
    app.add_route("/reservations", ReservationsResource())
    return app
