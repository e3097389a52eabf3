"""A journal file the app locks while it writes, and a feed it polls."""
import fcntl
import socket


class Journal:
    def __init__(self, path):
        self.path = path
        self._handle = open(path, "a+")
        fcntl.flock(self._handle, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def rotate(self):
        # Opens the file again and locks it, while __init__'s lock is still held.
        with open(self.path, "a+") as other:
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
            other.truncate(0)

    def close(self):
        self._handle.close()


class Feed:
    def __init__(self):
        self._ours, self._theirs = socket.socketpair()

    def poll(self):
        # Reads without waiting before anything was sent: no data.
        return self._ours.recv(1024, socket.MSG_DONTWAIT)
