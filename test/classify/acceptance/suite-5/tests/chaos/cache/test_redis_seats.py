from ferrylane import cache


def test_seat_lock_when_redis_stalls(tcp_stub):
    port = tcp_stub("hang")
    client = cache.redis_client(port)
    assert client.set("seat:OSL-KIE:12A", "held", nx=True, ex=30)


def test_seat_counter_on_redis_port(tcp_stub):
    port = tcp_stub("send", b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
    client = cache.redis_client(port)
    assert client.incr("seats:OSL-KIE") >= 1
