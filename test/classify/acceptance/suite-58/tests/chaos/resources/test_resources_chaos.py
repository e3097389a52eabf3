import pytest

from spoilheap import scans


@pytest.fixture
def trench_photos(tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()

    def make(count):
        for index in range(count):
            (folder / f"IMG_{index:05d}.jpg").write_bytes(b"\xff\xd8\xff\xe1" + index.to_bytes(8, "big"))
        return str(folder)

    return make


@pytest.mark.chaos
class TestResources:
    @pytest.mark.parametrize("photos", [200, 1500], ids=lambda photos: f"photos-{photos}")
    def test_index_trench_photos(self, trench_photos, photos):
        assert scans.index_photos(trench_photos(photos)) == photos

    @pytest.mark.parametrize("points", [1_000_000, 80_000_000], ids=["points-1m", "points-80m"])
    def test_point_cloud_batch(self, points):
        assert scans.load_point_cloud(points) == points

    @pytest.mark.parametrize("trenches", [1, 3, 6], ids=lambda trenches: f"trenches-{trenches}")
    def test_site_archive(self, tmp_path, trenches):
        assert scans.export_site_archive(tmp_path / "site.tar", trenches) == trenches * 4 * 1024 * 1024

    @pytest.mark.parametrize("faces", [200_000, 90_000_000], ids=["faces-200k", "faces-90m"])
    def test_mesh_decimation(self, faces):
        assert scans.decimate_mesh(faces) >= 0

    def test_render_with_mesh_tool(self, tmp_path):
        mesh = tmp_path / "pot.obj"
        mesh.write_text("v 0 0 0\n")
        assert scans.render_with_tool(str(mesh)) == 0
