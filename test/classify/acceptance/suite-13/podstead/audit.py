"""The audit trail of catalog changes (structlog)."""
import structlog

log = structlog.get_logger("podstead.audit")


def record(event, **fields):
    log.info("catalog change", event=event, **fields)
    return event
