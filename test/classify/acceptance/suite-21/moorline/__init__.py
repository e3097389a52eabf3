"""moorline: berth bookings and harbour operations for a group of marinas."""
