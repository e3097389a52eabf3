"""loomhouse: a weaving mill's service."""
