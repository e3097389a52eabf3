"""hivecote: a beekeepers' cooperative's service (apiaries, hives, harvests, jars, buyers)."""
