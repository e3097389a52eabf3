"""The playout daemon (MPD) that plays the station's queue."""
import mpd

from . import settings


class Playout:
    def __init__(self, host=None, port=None, timeout=1.0):
        self.host = host or settings.PLAYOUT_HOST
        self.port = port or settings.PLAYOUT_PORT
        self.client = mpd.MPDClient()
        self.client.timeout = timeout

    def connect(self):
        self.client.connect(self.host, self.port)
        return self

    def close(self):
        try:
            self.client.close()
            self.client.disconnect()
        except mpd.ConnectionError:
            pass

    def now_playing(self):
        song = self.client.currentsong()
        return song.get("title", "")

    def enqueue(self, uri):
        return int(self.client.addid(uri))

    def jump_to(self, position):
        # position in the queue
        self.client.playid(position)

    def volume(self):
        return int(self.client.status()["volume"])

    def set_volume(self, level):
        self.client.setvol(level)

    def queue_length(self):
        return int(self.client.status()["playlistlength"])

    def clear(self):
        self.client.clear()
