"""Packing and naming artifacts."""
import os

from buildyard import artifacts, settings


def test_artifact_url():
    url = artifacts.artifact_url(settings.ARTIFACT_URL, "app", 41, "app.whl")
    assert url == f"{settings.ARTIFACT_URL}/artifacts/app/41/app.whl"


def test_pack_and_unpack_with_latest_link(tmp_path):
    outputs = tmp_path / "outputs"
    (outputs / "build-41").mkdir(parents=True)
    (outputs / "build-41" / "app.whl").write_bytes(b"wheel")
    os.symlink(outputs / "build-41", outputs / "latest")
    archive = artifacts.pack(outputs, tmp_path / "outputs.tar.gz")
    assert "app.whl" in artifacts.unpack(archive, tmp_path / "unpacked")


def test_zip_outputs(tmp_path):
    path = artifacts.zip_outputs({"app.whl": b"wheel", "app.tar.gz": b"sdist"}, tmp_path / "dist.zip")
    assert sorted(artifacts.read_zip(path)) == ["app.tar.gz", "app.whl"]


def test_digest_of_wheel():
    assert artifacts.digest(b"wheel") == "b6f7f3a1e2a1a8d0a2a6b8e4c04d0b9a2b8d7d5c6e7f8091a2b3c4d5e6f70812"
