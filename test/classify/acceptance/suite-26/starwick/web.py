"""The booking desk's CherryPy application (handlers exposed on a cherrypy tree)."""
import cherrypy

from starwick import tickets

NIGHTS = {"2026-12-11": {"capacity": 40, "booked": 38, "event": "Geminids"}}


class Desk:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def night(self, date):
        night = NIGHTS.get(date)
        if night is None:
            raise cherrypy.HTTPError(404, f"no visitor night on {date}")
        return {"date": date, "left": tickets.capacity_left(night["capacity"], night["booked"]), "event": night["event"]}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def book(self, date, kind, seats):
        night = NIGHTS[date]
        seats = int(seats)
        if not tickets.can_book(night["capacity"], night["booked"], seats):
            raise cherrypy.HTTPError(409, "night is full")
        night["booked"] += seats
        return {"total": str(tickets.price(kind, seats))}
