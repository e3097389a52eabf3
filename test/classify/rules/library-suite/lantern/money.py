from decimal import Decimal


def amount(text):
    return Decimal(text)


def quantize(value):
    from decimal import localcontext, InvalidOperation
    with localcontext() as ctx:
        ctx.prec = 3
        return Decimal(value).quantize(Decimal("0.01"))
