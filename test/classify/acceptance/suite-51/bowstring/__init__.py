"""bowstring: a youth orchestra's rehearsal, library and concert service."""
