import json
import smtplib
import ftplib
import urllib.request
import requests
import httpx


def get_json(url):
    response = requests.get(url, timeout=2)
    response.raise_for_status()
    return response.json()


def body_json(url):
    return requests.get(url, timeout=2).json()


def urllib_get(url):
    with urllib.request.urlopen(url, timeout=2) as response:
        return response.read()


def httpx_get(url):
    response = httpx.get(url, timeout=2)
    response.raise_for_status()
    return response.json()


def retrying_get(url):
    from requests.adapters import HTTPAdapter
    from urllib3.util.retry import Retry
    session = requests.Session()
    session.mount("http://", HTTPAdapter(max_retries=Retry(total=2, status_forcelist=[503], backoff_factor=0)))
    return session.get(url, timeout=2)


def send_mail(port):
    with smtplib.SMTP("127.0.0.1", port, timeout=2) as smtp:
        smtp.login("u", "p")


def mongo_insert_twice():
    import pymongo
    client = pymongo.MongoClient("mongodb://127.0.0.1:27999", serverSelectionTimeoutMS=300)
    client.db.items.insert_one({"_id": 1})


def pg_socket():
    import psycopg2
    return psycopg2.connect(host="/tmp/lantern-no-socket-dir", dbname="lantern", connect_timeout=1)


def mysql_socket():
    import pymysql
    return pymysql.connect(unix_socket="/tmp/lantern-no-mysql.sock", user="u")


def boto_no_region():
    import boto3
    return boto3.client("s3", region_name=None).list_buckets()
