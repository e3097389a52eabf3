import socket, threading, pytest
from lantern import cloud


def test_no_bucket():
    cloud.s3_error("NoSuchBucket", 404, "The specified bucket does not exist")


def test_throttled():
    cloud.s3_error("ThrottlingException", 400, "Rate exceeded")


def test_expired_token():
    cloud.s3_error("ExpiredToken", 400, "The provided token has expired.")


def test_skewed():
    cloud.s3_error("RequestTimeTooSkewed", 403, "The difference between the request time and the current time is too large.")


def test_validation():
    cloud.s3_error("ValidationException", 400, "1 validation error detected")


@pytest.fixture
def http_port():
    sock = socket.socket(); sock.bind(("127.0.0.1", 0)); sock.listen()
    def serve():
        conn, _ = sock.accept(); conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n"); conn.close()
    threading.Thread(target=serve, daemon=True).start()
    yield sock.getsockname()[1]
    sock.close()


def test_ssh_wrong_port(http_port):
    cloud.ssh(http_port)


def test_kafka_down():
    cloud.kafka_send()


def test_pika_down():
    cloud.pika_publish()


def test_redis_lock():
    cloud.redis_lock()


