"""cragloft: a chain of climbing gyms' member, booking and route-setting service."""
