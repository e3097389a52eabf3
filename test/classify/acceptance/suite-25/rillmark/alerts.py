"""Leak alerts: detectors send a blinker signal, and the dispatcher's receivers react."""

from blinker import signal

leak_detected = signal("leak-detected")
dispatched = []


def register_dispatch(crew):
    # A receiver per crew; blinker keeps receivers by weak reference unless told otherwise.
    leak_detected.connect(lambda sender, **kw: dispatched.append((crew, kw["meter"])))


def raise_alert(meter, litres_per_hour):
    if litres_per_hour > 30:
        return leak_detected.send("detector", meter=meter, rate=litres_per_hour)
    return []
