"""mashtun: batch tracking, cellar and taproom operations for a craft brewery."""
