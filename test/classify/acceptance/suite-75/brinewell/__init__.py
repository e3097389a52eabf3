"""brinewell: a salt works' service (pans, brine, harvests, sales)."""
