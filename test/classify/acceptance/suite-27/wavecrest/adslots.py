"""Ad breaks in the schedule: which break a spot falls in."""
from jaraco.collections import RangeMap

# minute of the day a break window ends -> break name
BREAKS = RangeMap({
    420: "early",
    600: "breakfast",
    900: "lunch",
    1140: "drive",
    1380: "evening",
})


def break_for(minute):
    return BREAKS[minute]


def breaks_in_day(spots):
    return sorted({break_for(minute) for minute in spots})
