"""The booking API's handlers: request dicts in, (status, body) out."""
from . import auth, core

BOOKINGS = {}


def handle(handler, request):
    try:
        return handler(request)
    except auth.ScopeError as error:
        return 403, {"error": str(error)}
    except Exception as error:
        return 500, {"error": f"{type(error).__name__}: {error}"}


def who_am_i(request):
    token = auth.bearer(request["headers"])
    claims = auth.verify(token)
    return 200, {"sub": claims["sub"]}


def create_booking(request):
    claims = auth.verify(auth.bearer(request["headers"]))
    auth.require_scope(claims, "slots:write")
    body = request["body"]
    number = len(BOOKINGS) + 1
    BOOKINGS[number] = {"vessel": body["vessel"], "slot": body["slot"], "fee": str(core.fee(body["gt"]))}
    return 201, {"id": number, **BOOKINGS[number]}


def quote(request):
    gt = request["query"]["gt"]
    return 200, {"fee": str(core.fee(int(gt), night=request["query"].get("night") == "1"))}


def slot(request):
    return 200, {"minutes": core.window_minutes(request["query"]["slot"])}
