"""tidemark: a harbour pilotage booking service (pilots, boarding slots, tugs)."""
