"""bagdrop: an airport's baggage-handling service (bag tags, the sorter, carousels, screening, claims)."""
