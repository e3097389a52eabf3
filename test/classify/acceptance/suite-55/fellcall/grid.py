"""Grid references on the national grid, as the team's radio operators read them."""


def to_grid_ref(easting, northing, digits=6):
    """Six-figure reference from metres: two letters are left out here; the figures within the 100 km square."""
    per_axis = digits // 2
    scale = 10 ** (5 - per_axis)
    e = (easting % 100000) // scale
    n = (northing % 100000) // scale
    return f"{e:0{per_axis}d} {n:0{per_axis}d}"


def sectors(bearing_from, bearing_to, width=45):
    """Search sectors covering bearings from..to inclusive, in steps of width."""
    out = []
    start = bearing_from
    while start < bearing_to:
        out.append((start, min(start + width, bearing_to)))
        start += width
    return out


def naismith_minutes(distance_km, ascent_m):
    """Naismith's rule: 12 minutes a kilometre and one minute per 10 m of ascent."""
    return distance_km * 12 + ascent_m / 10


def search_area_km2(radius_km):
    return round(3.14159 * radius_km * radius_km, 2)
