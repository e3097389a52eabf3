"""snowgate: lift passes, gates, lifts, snowmaking and rentals of a ski resort."""
