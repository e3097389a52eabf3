from cuewright import slugs


def test_slug_of_accented_title():
    assert slugs.slug("L'Été meurtrier") == "l-ete-meurtrier"


def test_slug_keeps_capitalised_words():
    assert slugs.slug_keep_case("Der Himmel über Berlin") == "Der-Himmel-Berlin"


def test_render_name_of_japanese_title():
    assert slugs.render_name("東京物語", "ja") == "Dong_Jing_Wu_Yu.ja.srt"
