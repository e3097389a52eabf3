"""dispensa: a pharmacy chain's prescription and dispensing service."""
