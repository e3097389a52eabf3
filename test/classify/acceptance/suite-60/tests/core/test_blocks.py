import pytest

from pressline import auth

BLOCKS = [f"{estate}-{n:02d}" for estate in ("SONN", "KELL", "BERG", "MUHL") for n in range(1, 13)]


@pytest.mark.parametrize("block", BLOCKS)
def test_grower_role_per_block(block):
    assert auth.may_deliver({"roles": [f"grower:{block}"]}, block)


@pytest.mark.parametrize("block", BLOCKS)
def test_contractor_role_per_estate(block):
    assert auth.may_deliver({"roles": [f"contractor:{block.split('-')[0]}"]}, block)
