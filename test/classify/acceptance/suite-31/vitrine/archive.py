"""Images of the collection in Swift: masters, thumbnails and signed links."""
import swiftclient
from swiftclient.utils import generate_temp_url

from vitrine import settings


def connect(url=None, token="vitrine-token"):
    return swiftclient.Connection(
        preauthurl=url or settings.SWIFT_URL, preauthtoken=token, retries=0, timeout=1
    )


def login(auth_url=None):
    connection = swiftclient.Connection(
        authurl=auth_url or settings.SWIFT_AUTH_URL,
        user=settings.SWIFT_USER,
        key=settings.SWIFT_KEY,
        retries=0,
        timeout=1,
    )
    return connection.get_auth()


def store(connection, name, data, content_type="image/jpeg"):
    return connection.put_object(settings.SWIFT_CONTAINER, name, data, content_type=content_type)


def fetch(connection, name):
    _headers, body = connection.get_object(settings.SWIFT_CONTAINER, name)
    return body


def signed_link(name):
    lifetime = int(settings.SWIFT_TEMPURL_LIFETIME)
    path = f"/v1/AUTH_vitrine/{settings.SWIFT_CONTAINER}/{name}"
    return generate_temp_url(path, lifetime, settings.SWIFT_TEMPURL_KEY, "GET")


def staff_role(account):
    """An account is 'department:role', e.g. 'collections:registrar'."""
    department, _, role = account.partition(":")
    return department
