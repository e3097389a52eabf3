"""Settings with oslo.config, as the rest of the company's services do."""
import os

from oslo_config import cfg

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

OPTIONS = [cfg.StrOpt("gym_name", default="Cragloft")]
BOOKING_OPTIONS = [
    cfg.IntOpt("max_party", default=8, min=1),
    cfg.IntOpt("slot_minutes", default=120),
]
DATABASE_OPTIONS = [cfg.StrOpt("connection", required=True, help="path of the bookings database")]


def load(files=None, with_database=False):
    conf = cfg.ConfigOpts()
    conf.register_opts(OPTIONS)
    conf.register_opts(BOOKING_OPTIONS, group="bookings")
    if with_database:
        conf.register_opts(DATABASE_OPTIONS, group="database")
    conf(args=[], project="cragloft", default_config_files=files or [os.path.join(HERE, "etc", "cragloft.conf")],
         default_config_dirs=[])
    return conf


def load_without_file(with_database=False):
    return load(files=[os.path.join(HERE, "etc", "empty.conf")], with_database=with_database)
