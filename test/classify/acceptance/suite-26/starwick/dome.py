"""The dome: one controller, guarded by a lock file (zc.lockfile); portend waits for its port."""
import os

import portend
import zc.lockfile

from starwick import settings


def wait_for_controller(timeout=0.5):
    portend.occupied("127.0.0.1", settings.DOME_PORT, timeout=timeout)


_held = {}


def rotate(azimuth, lock_dir=None, log=None):
    lock = _held["dome"] = zc.lockfile.LockFile(os.path.join(lock_dir or settings.LOCK_DIR, "dome.lock"))
    if not 0 <= azimuth < 360:
        raise ValueError(f"azimuth out of range: {azimuth}")
    if log is not None:
        log.append(azimuth)
    lock.close()
    return azimuth
