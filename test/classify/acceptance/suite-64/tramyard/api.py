"""The operations API's views, as plain functions over dictionaries."""
import json

from tramyard import fares, timetable


def fare_view(query):
    return json.dumps({"fare": str(fares.fare(query["from"], query["to"]))})


def line_view(line):
    return {"line": line, "headway": timetable.HEADWAY_MINUTES[line]}


def night_line_view(line):
    return {"line": line, "headway": timetable.HEADWAY_MINUTES[line]}


def tram_view(tram):
    number = int(tram.lstrip("T"))
    return {"tram": tram, "depot": "north" if number < 30 else "south"}
