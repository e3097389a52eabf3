"""boltyard: a tool and plant hire chain's rental service."""
