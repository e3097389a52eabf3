import time
import jwt
import pytest
from cryptography.fernet import Fernet
from lantern import tokens


def test_fernet():
    token = Fernet(Fernet.generate_key()).encrypt(b"x")
    tokens.verify_fernet(token, Fernet.generate_key())


def test_signature():
    tokens.verify_signature(b"m", b"0" * 64)


def test_jwt_expired():
    token = jwt.encode({"exp": 1000}, "k", algorithm="HS256")
    tokens.decode(token, "k")


def test_jwt_audience():
    token = jwt.encode({"aud": "a"}, "k", algorithm="HS256")
    tokens.decode(token, "k", audience="b")


def test_jwt_immature():
    token = jwt.encode({"nbf": time.time() + 3600}, "k", algorithm="HS256")
    tokens.decode(token, "k")


def test_jwt_segments():
    tokens.decode("abc", "k")
