"""Agent pools from the checked-in fleet file."""
from buildyard import fleet


def test_docker_capacity():
    assert fleet.capacity("docker") == 6
