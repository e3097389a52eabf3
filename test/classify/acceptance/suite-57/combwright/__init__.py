"""combwright: a beekeeping association's hive-inspection service."""
