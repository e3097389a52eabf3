import boto3
from botocore.stub import Stubber


def s3_error(code, status=400, message=""):
    client = boto3.client("s3", region_name="eu-west-1", aws_access_key_id="a", aws_secret_access_key="b")
    with Stubber(client) as stub:
        stub.add_client_error("get_object", service_error_code=code, service_message=message, http_status_code=status)
        return client.get_object(Bucket="b", Key="k")


def ssh(port):
    import paramiko
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect("127.0.0.1", port=port, username="u", password="p", timeout=2, banner_timeout=2, look_for_keys=False, allow_agent=False)


def kafka_send():
    from kafka import KafkaProducer
    KafkaProducer(bootstrap_servers="127.0.0.1:9999", api_version_auto_timeout_ms=500)


def pika_publish():
    import pika
    pika.BlockingConnection(pika.ConnectionParameters("127.0.0.1", 5999, connection_attempts=1))


def es_search(url):
    from elasticsearch import Elasticsearch
    return Elasticsearch(url).search(index="fares", body={})


def redis_lock():
    import redis
    lock = redis.Redis(port=6999).lock("x")
    lock.release()
