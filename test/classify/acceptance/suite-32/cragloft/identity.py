"""Sign-in through Keystone (keystoneauth1)."""
from keystoneauth1 import session as ks_session
from keystoneauth1.identity import v3

from cragloft import settings


def open_session(url=None, password=None):
    auth = v3.Password(
        auth_url=url or settings.IDENTITY_URL,
        username=settings.IDENTITY_USER,
        password=settings.IDENTITY_PASSWORD if password is None else password,
        project_name=settings.IDENTITY_PROJECT,
        user_domain_id="default",
        project_domain_id="default",
    )
    return ks_session.Session(auth=auth, timeout=settings.IDENTITY_TIMEOUT)


def desk_token(url=None, password=None):
    return open_session(url, password).get_token()


def roles(url=None, password=None):
    sess = open_session(url, password)
    access = sess.auth.get_access(sess)
    return access.role_names


def can_set_routes(url=None, password=None):
    # Route setters hold the "setter" role; head setters hold "head-setter".
    names = roles(url, password)
    return any(name.startswith("setter") for name in names)


def booking_slots(url=None, password=None):
    sess = open_session(url, password)
    answer = sess.get("/slots", endpoint_filter={"service_type": "booking", "interface": "internal"})
    return answer.json()
