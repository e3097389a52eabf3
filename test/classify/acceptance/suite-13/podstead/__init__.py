"""podstead: a podcast hosting and distribution API."""
