"""parcelwick: a parcel courier's depot service (a made-up service for an acceptance run)."""
