"""Live tracks from the two AIS receivers (trio)."""
import trio

from moorline import settings


async def _read(port, out):
    stream = await trio.open_tcp_stream(settings.TRACKS_HOST, port)
    async with stream:
        out.append(await stream.receive_some(4096))


async def fetch_all():
    out = []
    async with trio.open_nursery() as nursery:
        for port in settings.TRACKS_PORTS:
            nursery.start_soon(_read, port, out)
    return out


async def latest(positions):
    await trio.sleep(0)
    return positions[-1]
