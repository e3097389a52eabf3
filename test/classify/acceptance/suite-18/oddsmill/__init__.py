"""oddsmill: a sports-betting odds feed (prices from providers, bet slips, settlement)."""
