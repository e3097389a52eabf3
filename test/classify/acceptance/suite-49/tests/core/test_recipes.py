from kilnrow.glaze import GlazeRecipe


def test_recipe_parts():
    assert GlazeRecipe("celadon").parts
