"""reelhouse: a cinema chain's box-office service."""
