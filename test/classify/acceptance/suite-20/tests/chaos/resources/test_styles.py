import pytest

from cuewright import subtitles

pytestmark = pytest.mark.chaos


def test_style_depth_of_self_inheriting_style():
    assert subtitles.style_depth({"name": "default"}) == 1
