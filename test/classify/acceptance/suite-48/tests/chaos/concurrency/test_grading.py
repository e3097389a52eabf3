import pytest

from tideshelf.grading import grade_batch

pytestmark = pytest.mark.chaos


def test_grade_batch_in_pool():
    crates = [{"grade": "small", "boxes": 3}, {"grade": "large", "boxes": 1}]
    assert grade_batch(crates) == [3, 3]
