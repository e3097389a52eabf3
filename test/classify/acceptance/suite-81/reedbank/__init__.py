"""reedbank: a thatching reed merchant's order, stock and delivery service."""
