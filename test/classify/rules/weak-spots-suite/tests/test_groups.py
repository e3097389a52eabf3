import asyncio

from kiln import work


def test_availability_of_sites(closed_ports):
    asyncio.run(work.availability(closed_ports))


def test_check_all_amounts():
    asyncio.run(work.check_all([1, -2, -3]))
