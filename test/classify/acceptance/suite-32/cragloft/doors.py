"""Door controllers: a line protocol over TCP, spoken with Twisted."""
from twisted.internet import protocol, reactor
from twisted.protocols.basic import LineReceiver

from cragloft import settings


class DoorClient(LineReceiver):
    delimiter = b"\n"

    def connectionMade(self):
        self.sendLine(b"STATUS")

    def lineReceived(self, line):
        self.factory.answers.append(line.decode())
        self.transport.loseConnection()


class DoorFactory(protocol.ClientFactory):
    protocol = DoorClient

    def __init__(self):
        self.answers = []
        self.failure = None

    def clientConnectionFailed(self, connector, reason):
        self.failure = reason
        reactor.stop()

    def clientConnectionLost(self, connector, reason):
        reactor.stop()


def sync_all(host=None, port=None):
    """The nightly door sync: run once per process, from cron."""
    factory = DoorFactory()
    reactor.connectTCP(host or settings.DOOR_HOST, port or settings.DOOR_PORT, factory, timeout=1)
    reactor.run(installSignalHandlers=False)
    if factory.failure is not None:
        factory.failure.raiseException()
    return factory.answers
