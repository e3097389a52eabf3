"""kilnrow: a pottery studio's kiln bookings, glaze stock and member sign-in."""
