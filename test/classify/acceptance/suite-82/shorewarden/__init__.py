"""shorewarden: a coastal survey office's dune and shingle monitoring service."""
