from shorewarden.geo import profile_area


def test_flat_profile():
    assert profile_area([0.0, 1.0, 2.0], [1.0, 1.0, 1.0]) == 2.0


def test_triangle_profile():
    assert profile_area([0.0, 1.0, 2.0], [0.0, 1.0, 0.0]) > 0.9
