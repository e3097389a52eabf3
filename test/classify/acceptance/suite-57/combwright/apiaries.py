"""The association's apiaries, registered once per process."""
_REGISTRY = {}


class AlreadyRegistered(ValueError):
    pass


def register(name, hives):
    if name in _REGISTRY:
        raise AlreadyRegistered(f"apiary {name!r} is already registered")
    _REGISTRY[name] = list(hives)


def hive_count():
    return sum(len(hives) for hives in _REGISTRY.values())
