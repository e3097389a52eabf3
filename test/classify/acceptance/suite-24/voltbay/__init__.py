"""voltbay: charge points, charging sessions, tariffs and billing of an EV charging network."""
