"""Settings of tideshelf, a fish market's wholesale service, read from the environment with local defaults."""
import os

REDIS_URL = os.environ.get("TIDESHELF_REDIS_URL", "redis://127.0.0.1:19863/0")
REDIS_POOL_SIZE = int(os.environ.get("TIDESHELF_REDIS_POOL", "2"))
REDIS_POOL_TIMEOUT = float(os.environ.get("TIDESHELF_REDIS_POOL_TIMEOUT", "0.5"))
REDIS_SOCKET_TIMEOUT = float(os.environ.get("TIDESHELF_REDIS_TIMEOUT", "0.5"))
MEMCACHED = (os.environ.get("TIDESHELF_MEMCACHED_HOST", "127.0.0.1"), int(os.environ.get("TIDESHELF_MEMCACHED_PORT", "19864")))
AUCTION_URL = os.environ.get("TIDESHELF_AUCTION_URL", "http://127.0.0.1:19865")
AUCTION_TIMEOUT = float(os.environ.get("TIDESHELF_AUCTION_TIMEOUT", "0.5"))
LEDGER_URL = os.environ.get("TIDESHELF_LEDGER_URL", "sqlite:///ledger.db")
LEDGER_POOL_SIZE = int(os.environ.get("TIDESHELF_LEDGER_POOL", "2"))
GRADERS = int(os.environ.get("TIDESHELF_GRADERS", "4"))
STOCK_TTL = int(os.environ.get("TIDESHELF_STOCK_TTL", "1"))
BOARD_CACHE_SIZE = int(os.environ.get("TIDESHELF_BOARD_CACHE", "2"))
