"""The acquiring bank's API (OAuth2 client credentials) and its settlement files on an FTP drop."""
import fs.ftpfs

from tallyhouse import http, settings


def fetch_token(token_url, client_id, secret):
    return http.call("POST", token_url, {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret})


def settlements(base_url, day, *, ssl_context=None, proxy=None, timeout=None):
    return http.call("GET", f"{base_url}/settlements/{day}", ssl_context=ssl_context, proxy=proxy, timeout=timeout)


def drop_folder():
    return fs.ftpfs.FTPFS(settings.DROP_FTP_HOST, port=settings.DROP_FTP_PORT, user="tallyhouse", passwd="x", timeout=1)


def list_drop():
    with drop_folder() as drop:
        return sorted(drop.listdir("/outbound"))


def fx_rates():
    return http.call("GET", settings.FX_RATES_URL)
