"""seatline: an event ticketing and booking API (events, seat holds, orders, payments, e-tickets)."""

__version__ = "3.14.0"
