"""The yard office's nightly backup job, as the runner has it: holds an exclusive lock on the shared ledger
(argv[1]) until killed. Touches argv[2] once it holds the lock."""
import sqlite3
import sys
import time

conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
open(sys.argv[2], "w").close()
while True:
    time.sleep(3600)
