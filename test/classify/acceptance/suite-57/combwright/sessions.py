"""Inspectors' web sessions, kept in the session store (memcached protocol)."""
import secrets


class SessionExpired(Exception):
    pass


def open_session(store, inspector):
    session_id = secrets.token_hex(8)
    store.set(f"session:{session_id}", {"inspector": inspector})
    return session_id


def current_inspector(store, session_id):
    session = store.get(f"session:{session_id}")
    if session is None:
        raise SessionExpired(f"no session {session_id}")
    return session["inspector"]
