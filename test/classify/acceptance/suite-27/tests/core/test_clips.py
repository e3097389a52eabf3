from wavecrest import clips


def test_promo_length():
    assert len(clips.promo(3)) == 3000


def test_trim_length():
    assert len(clips.trim(clips.promo(10), 2, 5)) == 3000


def test_fades_keep_length():
    assert len(clips.fade_in_out(clips.promo(3), 500)) == 3000
