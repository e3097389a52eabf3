"""Sites and their grid connections: a site may hang off another site's transformer."""


def root_transformer(sites: dict, site: str) -> str:
    parent = sites[site].get("parent")
    return site if parent is None else root_transformer(sites, parent)


def load_share(sites: dict, site: str) -> float:
    children = [name for name, info in sites.items() if info.get("parent") == site]
    return sites[site]["limit_kw"] / len(children)


from voltbay.roaming import grid_limit_kw  # noqa: E402


def site_headroom_kw(site: str, drawn_kw: float) -> float:
    return grid_limit_kw(site) - drawn_kw
