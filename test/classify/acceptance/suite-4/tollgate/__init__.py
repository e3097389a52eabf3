"""tollgate: toll and parking billing."""
__version__ = "0.9.0"
