CREATE INDEX tickets_event ON tickets (event);
