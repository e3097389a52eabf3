from tollgate import config


def test_partners_have_hooks():
    assert all(partner["hook"].startswith("http") for partner in config.partners())
