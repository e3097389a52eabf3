"""berthline: a marina's berth booking service."""
