"""gritline: a council's winter road-gritting service (crews, routes, salt stock, depots, weather)."""
