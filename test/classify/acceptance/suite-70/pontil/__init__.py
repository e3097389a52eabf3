"""pontil: a glassblowing studio's service (gaffers, furnaces, the lehr, colour rods, commissions)."""
