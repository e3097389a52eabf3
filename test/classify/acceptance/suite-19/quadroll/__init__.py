"""quadroll: a university's course registration API (sections, seats, waitlists, timetables, transcripts)."""
