"""tallyhouse: reconciles card-scheme settlements and bank statements against the payments ledger."""
