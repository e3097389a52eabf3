"""starwick: a public observatory's visitor nights, telescope time and sky-event alerts."""
