"""tideshelf: a fish market's wholesale service (catch stock, price board, auction holds, cold store)."""
