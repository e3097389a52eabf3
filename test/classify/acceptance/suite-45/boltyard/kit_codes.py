"""Kit codes stencilled on machines: type prefix and a four-digit number."""
PREFIXES = {"mini-digger": "MD", "dumper-3t": "DU", "breaker": "BR", "scissor-lift": "SL"}


def code(kit, number):
    return f"{PREFIXES[kit]}-{number:04d}"


def parse(text):
    prefix, number = text.split("-")
    kit = next(name for name, short in PREFIXES.items() if short == prefix)
    return kit, int(number)
