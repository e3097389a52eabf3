"""rillmark: a water utility's meter readings, leak alerts, pressure zones, tariffs and billing."""
