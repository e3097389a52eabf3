"""Can and bottle labels: ZPL for the cellar, PDF for the printer, through the zpl package."""
import zpl

from mashtun import recipes


def text(batch_id):
    return f"{recipes.RECIPES['liffey-lager']['style']} {recipes.abv('liffey-lager')}%"
