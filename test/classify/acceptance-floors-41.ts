// The holdout table's second part: holdouts 41 and later, with how each was measured.

// holdout-41, a thirty-third and representative, weighted to auth and resources (a cinema chain's box office: OpenID
// Connect discovery and key sets with httpx and tenacity, password and refresh grants with requests, PyJWT, a role
// table, a payments API key, redis-py, psycopg2, SQLAlchemy over SQLite, threads, subprocesses, temp files and quotas
// under the runner's limits), recorded with Debian's pytest 7.2, reached 57/68 (57) blind, its XML the same, with
// main's rules at 8d985ed. With its misses in view, the code's own exception named for throttling (throttled-in-app), a
// MemoryError sized by a setting (memory-sized-by-setting) and a module-level quota the tests share
// (module-budget-spent-by-earlier-test) took both to 60 (60), and holdout-38's log and XML to 65 (65), as decided.
// holdout-42, a thirty-fourth and representative, its failures spread evenly over the six chaos areas and the core
// tests (a bakery chain's order and oven service: requests/urllib3, httpx, tenacity, redis-py, psycopg2, SQLAlchemy,
// sqlite3, PyJWT, hmac, cachetools, Flask, pydantic, threads, asyncio, subprocess), recorded with Debian's pytest 7.2,
// reached 60/65 (60) blind, its XML too, with main's rules at 8d985ed. With its misses in view, the code reading a
// field its test's own stub does not send (stub-payload-out-of-step) and the clock on the right of a comparison with a
// fixed date took both to 62 (62), holdout-38 to 64 (64) and holdout-40 to 65 (64); no other set changed.
// Merged, rounds 41 and 42 take holdout-38 to 66 (66).
// holdout-43, a thirty-fifth and representative, weighted to cache and concurrency (a hotel chain's rooms service:
// redis-py, cachetools, pickle, threads, locks, queues, thread pools, asyncio tasks, requests/urllib3, httpx, tenacity,
// psycopg2, SQLAlchemy, sqlite3, PyJWT, Flask, pydantic), recorded with Debian's pytest 7.2, reached 57/63 (57) blind,
// its XML too, with main's rules at c2905d7. With its misses in view, a module-level pool shut down by an earlier test
// (module-pool-shut-by-earlier-test), an expired key passed by a name of the test's own (token-from-fixture-expired)
// and the code's own exception for a lock not acquired in time (lock-timeout) took both to 60 (60), holdout-13 to
// 62 (61) and holdout-41 to 61 (61), as decided; no other set changed.
// holdout-44, a thirty-sixth and representative, weighted to database and network (a parking-garage operator's
// service: psycopg2 against a real PostgreSQL 15 server, a replica not running, SQLAlchemy and sqlite3, httpx and
// requests/urllib3 with tenacity, TLS and a proxy, redis-py, PyJWT, threads, asyncio, Flask, pydantic), recorded with
// Debian's pytest 7.2, reached 58/66 (58) blind, its XML too, with main's rules at f5672c2. With its misses in view,
// redis-py's blocking pool with no connection left (pool-exhausted), a Redis replica cut from its primary
// (replica-cut-from-primary), a proxy's 407 in requests' and aiohttp's words (proxy-refused) and an expired pass
// passed by a name of the test's own (token-from-fixture-expired) took both to 62 (62); no other set changed.
// holdout-45, a thirty-seventh and representative, weighted to auth and resources (a tool and plant hire chain's
// rental service: OAuth client-credentials and refresh grants with requests/urllib3, PyJWT with a leeway setting, hmac,
// bcrypt, a role table, a trade API key, redis-py, psycopg2, SQLAlchemy over SQLite, threads, asyncio, httpx and
// tenacity, subprocesses, a process pool, temp files and uploads under the runner's limits), recorded with Debian's
// pytest 7.2, reached 61/67 (60) blind, its XML the same, with main's rules at f5672c2. With its misses in view, PyJWT's
// token issued in the future (`not yet valid (iat)`, token-not-yet-valid), a refresh token the test writes in
// (refresh-token-fixed-in-test) and a buffer sized by a request's Content-Length (memory-sized-by-request) took both to
// 64 (63), holdout-38 to 67 (67) and holdout-41 to 62 (62), as decided; no other set changed. A hang in the code's own
// loop made HIGH, as the conventions and the team's run give defects (hang-in-own-loop), took it to 64 (64).
// holdout-46, a thirty-eighth and representative, weighted to the test's own design and the run's flakiness (a
// tyre-fitting chain's workshop service: requests/urllib3, httpx, tenacity, redis-py, psycopg2 not running, sqlite3,
// SQLAlchemy, PyJWT, threads, asyncio, Flask, pydantic), recorded with Debian's pytest 7.2, reached 49/67 (49) blind,
// its XML too, with main's rules at 8ba5c64. With its misses in view, a date written into a test and judged by the
// code against today (fixed-date-judged-against-today) and a token refused for an algorithm the code's own list leaves
// out (token-algorithm-out-of-step) took both to 51 (51), and holdout-9, 12, 16, 19, 26, 28, 36, 39 and 40 one more
// each, as decided; no other suggestion changed but two rule names (holdout-4, holdout-13), same verdict.
// holdout-47, a thirty-ninth and representative, weighted to failures in bulk and flakily (a laundry's hotel-linen
// service: an identity provider going down after two sign-ins, Redis and PostgreSQL not running at setup, call and
// teardown, in-cluster DNS failing through four libraries, reruns), recorded with Debian's pytest 7.2, reached 56/61
// (55) blind, its XML too, with main's rules at b50ccc2. With its misses in view, PyJWT's refusal of a decode call
// without its algorithms (token-decode-without-algorithms) took both to 57 (56); no other set changed.
// holdout-48, a fortieth, weighted to cache and concurrency faults in bulk and flakily (a fish market's wholesale
// service: Redis, memcached and an auction house not running, Redis and memcached answering badly, threads, asyncio,
// a process pool, SQLite across threads), recorded with Debian's pytest 7.2, reached 50/59 (50) blind, its XML too,
// with main's rules at 32d7c50. With its misses in view, an async generator used by the test's own line as its value
// (an async fixture that yields, not run in strict mode; coroutine-not-awaited-in-test) and the code calling a test's
// double with arguments it does not take (test-double-signature) took both to 52 (52); no other set changed.
// holdout-49, a forty-first, recorded with pytest 9.0.3 instead of Debian's 7.2 (a pottery studio's service: an
// identity provider, Redis, a card gateway and kiln controllers not running, a bookings path and a host not set,
// ExceptionGroups printed in Python's own format under --tb=short), reached 49/63 (36) blind, its XML too, with
// main's rules at 78371e6. With its misses in view, a refused connection in a failed pytest.raises(match=…)'s input
// (raises-match-refused) and a test module importing a name its project's own module does not define, at collection
// (collect-import-name-of-project) took both to 51 (37).
// holdout-50, a forty-second, weighted to database and network faults in bulk and flakily and recorded under
// pytest-xdist with two workers (a beekeepers' cooperative's service: a PostgreSQL replica not running, a pooler drained
// partway, a real PostgreSQL 15 server's races, deadlock and serialization failures, a courier API not running, a hive
// gateway's name not resolving, a lab answering 503, 429, 401, HTML, a self-signed certificate, slowly), recorded with
// Debian's pytest 7.2, reached 64/68 (63) blind, its XML too, with main's rules at 7b2faa2. With its misses in view,
// a JSON file the code reads with pathlib in its call to json.loads (json-file-unparsable, HIGH at setup) took both to
// 66 (65); no other set changed.
// holdout-51, a forty-third, weighted to auth and network faults in bulk and flakily and recorded with pytest 9.0.3
// (a youth orchestra's service: an identity provider going down after four sign-ins, seen through requests, urllib
// and http.client at setup, call and teardown; an in-cluster name not resolving through four libraries; retries run
// out, a proxy down and one answering 407, a self-signed mirror), reached 55/61 (54) blind, its XML too, with main's
// rules at 8fed20b. With its misses in view, the time left until a date the test hands the code, negative because the
// date is now past (time-left-until-fixed-date-negative), and itsdangerous' SignatureExpired read as a fixture's token
// expired (token-from-fixture-expired) took both to 57 (56), and holdout-18's log and XML to 63 (62). Then a row
// refused as a duplicate where the test's line hands the code a store named shared_… (constraint-violation-on-shared-
// store) took both to 58 (57), holdout-11 to 66 (66), holdout-47 to 58 (57) and holdout-49 to 52 (38).
// holdout-52, a forty-fourth, weighted to concurrency, cache and resources faults in bulk and flakily and recorded with
// Debian's pytest 7.2, pytest-timeout and pytest-rerunfailures (an airport's baggage-handling service: a tag cache going
// away partway, memcached down, a sorter pool starved by nested submission, a lost update, a deadlock, a lost wakeup and
// a blocked read under pytest-timeout, EMFILE, MemoryError, EFBIG and the thread limit under the runner's limits),
// reached 62/68 (61) blind, its XML 61 (60), with main's rules at cff07d8.
// With its misses in view, a collection kept for the module (a module-level list or memo, or a store the test names
// shared_…) found holding more than the test expects (module-state-holds-earlier-items) took its log to 64 (63) and its
// XML to 63 (62), and holdouts 14, 15, 16, 17, 18, 20, 25, 29, 34 and 36 up by one each, logs and XMLs alike; the
// same asked as the collection's size, found larger (module-state-larger-than-expected), took holdouts 10, 23, 24 and
// 27 up by one each.
// holdout-53, a forty-fifth, weighted to auth and database faults in bulk and flakily and recorded with pytest 9.0.3
// under pytest-xdist -n 2 (a blood bank's service: an identity provider with its clock ahead going away after four
// sign-ins per worker, a session key vanishing, SQLite locked by a sync job's held write lock at setup, the code's own
// second connection locked out, a ledger refused at setup and silent), reached 32/49 (32) blind, its XML too, with
// main's rules at fb05e5e. With its misses in view, SQLite's lock met while a fixture sets up, before the test's
// code ran (database-locked-at-setup, ENVIRONMENT), took both to 37 (37); no other set changed. Then a float the
// code computed, off from the test's decimal by binary rounding alone and not money (float-rounding-compared-exactly,
// TEST_DESIGN) took both to 38 (37), holdout-6 to 53 (50) and holdout-21's log and XML to 62 (51).
// holdout-54, a forty-sixth, shaped like the team's chaos suite and recorded with Debian's pytest 7.2 and
// pytest-rerunfailures' flaky marks (a swimming-pool chain's service: an identity provider down for the whole run,
// the pools' Redis gone after 30 commands, PostgreSQL down, a timetable service failing one request in three and
// too slow, a silent turnstile), reached 37/41 (35) blind, its XML too, with main's rules at 20cf083.
// A session date now past, answered as a negative timedelta rather than a number
// (time-left-until-fixed-date-negative, TEST_DESIGN) then took both to 38 (36); no other set changed.
// holdout-55, a forty-seventh, shaped like the team's and weighted to network and auth faults, recorded with pytest
// 9.0.3 (a mountain rescue team's callout service: a dispatch gateway down for the whole run, an identity provider
// evicted partway, 401, 403, expired and future tokens, a revoked key, timeouts, TLS, DNS, 503s through retries),
// reached 47/55 (43) blind, its XML too, with main's rules at 21b49ea. With its misses in view, joserfc's and
// Authlib's ExpiredTokenError read as PyJWT's ExpiredSignatureError (token-claims-refused) took both to 48 (44),
// then a token's key id not in the key set it is checked against (token-key-not-in-key-set) to 50 (46).
// holdout-56, a forty-eighth, shaped like the team's and weighted to database, concurrency and resources faults,
// recorded with Debian's pytest 7.2 under pytest-xdist -n 3 (a zoo's animal-care service: PostgreSQL down for the whole
// run, a QueuePool exhausted under load, SQLite locked behind the service's census, a lagging replica, a migration not
// applied, a race, a lock-order deadlock, EMFILE, MemoryError, EFBIG, a worker killed by its CPU limit), reached 40/47
// (40) blind, its XML too, with main's rules at 076dbd6.
// With its misses in view, a replica reported lagging behind its primary (replica-lagging, ENVIRONMENT) took both to
// 42 (42); no other set changed. Then a table missing on a database server in the test itself
// (missing-schema-on-server, CONFIGURATION) took holdout-39's log and XML to 60 (59).
// holdout-57, a forty-ninth, shaped like the team's and weighted to cache and auth faults and flakiness, recorded
// with pytest 9.0.3 (a beekeeping association's hive-inspection service: a hive cache down for the whole run, a cache
// out of memory, a draft evicted under memory pressure, a stampede, stale reads after invalidation, a rate-limited
// identity provider, a session store dropping keys, a token expiring mid-push, a timing budget, a test passing only
// alone), reached 39/48 (39) blind, its XML too, with main's rules at 7426dee.
// holdout-58, a fiftieth, shaped like the team's and weighted to concurrency, resources and network faults, recorded
// with Debian's pytest 7.2 under pytest-xdist -n 2 and pytest-rerunfailures --reruns 1 (an archaeology unit's
// finds-registration service: a lost update, a lock-order deadlock, a scan pool exhausted, EMFILE seen at the rerun's
// setup, MemoryError, EFBIG, a worker killed by its CPU limit, a read timeout, 503s on both attempts, an expired
// certificate, one for another name, a connection reset mid-response, a proxy refusing the tunnel), reached 45/51 (44)
// blind, its XML too, with main's rules at 89d60c6. With its misses in view, the open-file limit hit at a test's
// setup in pytest's own code (descriptors-leaked-before-setup) took both to 46 (45) and holdout-56 to 43 (43); a
// child killed under a limit the code's call sets on it (killed-under-own-limit) took holdout-41 to 63 (63).
// holdout-59, a fifty-first, shaped like the team's and weighted to database and auth faults, recorded with pytest
// 9.0.3 against a real PostgreSQL (a national seed bank's accession service: an intake pool exhausted, a unique
// violation from a numbering race, a deadlock, a serialization failure, a lock timeout, a statement timeout, a
// migration not applied, writes to a read replica; a signing key rotated under a key set fetched once, two audience
// settings, clock skew, a revoked refresh token, a password hash upgrade), reached 36/46 (36) blind, its XML too,
// with main's rules at 368470e; 35 (35) once missing-schema-on-server no longer took a missing column for a missing
// table (one of its two missing-column reports had been reached only that way).
// holdout-60, a fifty-second, shaped like the team's and weighted to bulk and flaky chaos failures, recorded with
// Debian's pytest 7.2 under pytest-xdist -n 4 and pytest-rerunfailures --reruns 2 (a winery's harvest-intake and
// cellar service: three services down for whole classes at setup, a lost update, a one-second token, 503s through
// urllib3's retries passing on a rerun in small batches), reached 48/52 (46) blind, its XML too, with main's rules at
// 3f070c7.
// holdout-61, a fifty-third, shaped like the team's and weighted to auth, cache and resources faults, recorded with
// Debian's pytest 7.2 without pytest-xdist, under pytest-timeout and pytest-asyncio (a dairy cooperative's
// milk-collection service: the identity provider, Redis and PostgreSQL down for whole classes at setup, an expired
// client secret, a signing secret rotated under the settings, a tablet clock ahead, a shift token never renewed,
// colliding cache keys, a stale memo, route plans evicted from a small memcached, EFBIG, MemoryError, EMFILE, hangs
// stopped by pytest-timeout), reached 47/54 (42) blind, its XML too, with main's rules at dee524c. With its misses in
// view, a JSON Web Token whose signature does not verify (token-signed-with-other-key, CONFIGURATION) took both to
// 48 (42), holdout-45's log and XML to 65 (65), holdout-38's to 68 (68) and holdout-14's log to 66 (61).
// holdout-62, a fifty-fourth, shaped like the team's and weighted to database, concurrency and network faults, recorded
// with pytest 9.0.3 under pytest-xdist -n 3 against a real PostgreSQL restarted mid-run (a seismic network's service),
// reached 36/47 (33) blind, its XML too, with main's rules at dee524c; statement-timeout-of-own-query took it to 37 (34)
// and holdout-59's log and XML to 36 (36).
// holdout-63, a fifty-fifth, shaped as faithfully as could be to the team's (exactly 128 chaos tests in all six areas,
// 49 of them failing in bulk and flakily), recorded with pytest 9.0.3 without pytest-xdist (a lighthouse authority's
// service: PostgreSQL, Redis and an AIS receiver down for whole classes at setup, an identity provider resetting and
// rate-limiting under load tests and for the sign-ins after them, lost updates, a deadlock, a starved pool, a max+1
// race, 503s, an injected fault with no retry, EMFILE, one thread per user), reached 51/57 (48) blind, its XML too,
// with main's rules at 7be35c2.
// holdout-4.log to holdout-63.log are runs of real pytest suites (acceptance/suite-4 to -63).
export const lateFloors = [
	['test/classify/acceptance/holdout-41.log', 'holdout-41.json', 68, 63, 63],
	['test/classify/acceptance/holdout-41.xml', 'holdout-41.json', 68, 63, 63],
	['test/classify/acceptance/holdout-42.log', 'holdout-42.json', 65, 62, 62],
	['test/classify/acceptance/holdout-42.xml', 'holdout-42.json', 65, 62, 62],
	['test/classify/acceptance/holdout-43.log', 'holdout-43.json', 63, 60, 60],
	['test/classify/acceptance/holdout-43.xml', 'holdout-43.json', 63, 60, 60],
	['test/classify/acceptance/holdout-44.log', 'holdout-44.json', 66, 62, 62],
	['test/classify/acceptance/holdout-44.xml', 'holdout-44.json', 66, 62, 62],
	['test/classify/acceptance/holdout-45.log', 'holdout-45.json', 67, 65, 65],
	['test/classify/acceptance/holdout-45.xml', 'holdout-45.json', 67, 65, 65],
	['test/classify/acceptance/holdout-46.log', 'holdout-46.json', 67, 51, 51],
	['test/classify/acceptance/holdout-46.xml', 'holdout-46.json', 67, 51, 51],
	['test/classify/acceptance/holdout-47.log', 'holdout-47.json', 61, 58, 57],
	['test/classify/acceptance/holdout-47.xml', 'holdout-47.json', 61, 58, 57],
	['test/classify/acceptance/holdout-48.log', 'holdout-48.json', 59, 52, 52],
	['test/classify/acceptance/holdout-48.xml', 'holdout-48.json', 59, 52, 52],
	['test/classify/acceptance/holdout-49.log', 'holdout-49.json', 63, 52, 39],
	['test/classify/acceptance/holdout-49.xml', 'holdout-49.json', 63, 52, 39],
	['test/classify/acceptance/holdout-50.log', 'holdout-50.json', 68, 66, 65],
	['test/classify/acceptance/holdout-50.xml', 'holdout-50.json', 68, 66, 65],
	['test/classify/acceptance/holdout-51.log', 'holdout-51.json', 61, 58, 57],
	['test/classify/acceptance/holdout-51.xml', 'holdout-51.json', 61, 58, 57],
	['test/classify/acceptance/holdout-52.log', 'holdout-52.json', 68, 64, 63],
	['test/classify/acceptance/holdout-52.xml', 'holdout-52.json', 68, 63, 62],
	['test/classify/acceptance/holdout-53.log', 'holdout-53.json', 49, 38, 37],
	['test/classify/acceptance/holdout-53.xml', 'holdout-53.json', 49, 38, 37],
	['test/classify/acceptance/holdout-54.log', 'holdout-54.json', 41, 38, 36],
	['test/classify/acceptance/holdout-54.xml', 'holdout-54.json', 41, 38, 36],
	['test/classify/acceptance/holdout-55.log', 'holdout-55.json', 55, 50, 46],
	['test/classify/acceptance/holdout-55.xml', 'holdout-55.json', 55, 50, 46],
	['test/classify/acceptance/holdout-56.log', 'holdout-56.json', 47, 43, 43],
	['test/classify/acceptance/holdout-56.xml', 'holdout-56.json', 47, 43, 43],
	['test/classify/acceptance/holdout-57.log', 'holdout-57.json', 48, 39, 39],
	['test/classify/acceptance/holdout-57.xml', 'holdout-57.json', 48, 39, 39],
	['test/classify/acceptance/holdout-58.log', 'holdout-58.json', 51, 46, 45],
	['test/classify/acceptance/holdout-58.xml', 'holdout-58.json', 51, 46, 45],
	['test/classify/acceptance/holdout-59.log', 'holdout-59.json', 46, 36, 36],
	['test/classify/acceptance/holdout-59.xml', 'holdout-59.json', 46, 36, 36],
	['test/classify/acceptance/holdout-60.log', 'holdout-60.json', 52, 48, 46],
	['test/classify/acceptance/holdout-60.xml', 'holdout-60.json', 52, 48, 46],
	['test/classify/acceptance/holdout-61.log', 'holdout-61.json', 54, 48, 42],
	['test/classify/acceptance/holdout-61.xml', 'holdout-61.json', 54, 48, 42],
	['test/classify/acceptance/holdout-62.log', 'holdout-62.json', 47, 40, 37],
	['test/classify/acceptance/holdout-62.xml', 'holdout-62.json', 47, 40, 37],
	// A list made of a set compared in order (unordered-items-compared-in-order, after holdout 71): 52 (49).
	['test/classify/acceptance/holdout-63.log', 'holdout-63.json', 57, 52, 49],
	['test/classify/acceptance/holdout-63.xml', 'holdout-63.json', 57, 52, 49],
	// holdout-64, a fifty-sixth, shaped like holdout-63 to the team's (exactly 128 chaos tests in all six areas, 45 of them
	// failing in bulk and flakily, weighted to concurrency and network), recorded with Debian's pytest 7.2 under
	// pytest-xdist with two workers (a city tram network's operations service: PostgreSQL, Redis and a timetable feed down
	// for whole classes at setup, lost updates, a deadlock caught by a bounded join, a lock held across an await, a pool
	// exhausted by nested submissions, a half-closed peer, an unresolvable name, source ports reused, EMFILE, MemoryError
	// under ulimit -v, one thread per passenger), reached 45/53 (42) blind, its XML too, with main's rules at 7992851.
	// With its misses in view, Python's TimeoutError raised by the app's own line with nothing outside the code below it
	// or in its words (own-timeout-raised-in-app) took both to 46 (43), and holdout-22's log and XML to 62 (48) and
	// 62 (45), as decided; no other set changed.
	['test/classify/acceptance/holdout-64.log', 'holdout-64.json', 53, 46, 43],
	['test/classify/acceptance/holdout-64.xml', 'holdout-64.json', 53, 46, 43],
	// holdout-65, a fifty-seventh, shaped like holdouts 63 and 64 to the team's (exactly 128 chaos tests in all six areas,
	// 42 of them failing in bulk and flakily, weighted to auth, cache and database), recorded with pytest 9.0.3 without
	// xdist (an electricity distributor's outage desk: a partner token endpoint, LDAP and a Redis down for whole classes at
	// setup, a revoked refresh token, no clock-skew leeway, a JWKS kept across a key rotation, Redis OOM and eviction under
	// maxmemory, memcached down, a stale read, a serialization mismatch between releases, a max+1 race, a missing column
	// and table, a lock timeout, an exhausted pool, a lagging replica, a real PostgreSQL restarted under a held session,
	// EMFILE with leaked files), reached 40/51 (35) blind, its XML too, with main's rules at 934d69a. With its misses in
	// view, a database connection used after the server dropped it (connection-closed-earlier) took both to 42 (37), and
	// holdout-62's log and XML to 40 (37), as decided; no other set changed.
	['test/classify/acceptance/holdout-65.log', 'holdout-65.json', 51, 42, 37],
	['test/classify/acceptance/holdout-65.xml', 'holdout-65.json', 51, 42, 37],
	// holdout-66, a fifty-eighth, shaped like holdouts 63 to 65 to the team's (exactly 128 chaos tests in all six areas, 38
	// of them failing in bulk and flakily), recorded with Debian's pytest 7.2 without xdist but with pytest-rerunfailures
	// --reruns 1 (a beekeepers' cooperative: Redis and PostgreSQL down at once for two classes at setup, a gateway
	// refusing, an unresolvable name, a stall, a reset, flaky tests passing on their rerun, no clock-skew leeway, a wrong
	// claim name, lost updates, a lock-order deadlock, a starved pool, a self-held SQLite lock, EFBIG, EMFILE, one thread
	// per user), reached 38/46 (32) blind, its XML too, with main's rules at 147dd77. With its misses in view, a mock's
	// call expected by position and made by keyword (mock-call-form) took both to 39 (33); no other set changed.
	['test/classify/acceptance/holdout-66.log', 'holdout-66.json', 46, 39, 34],
	['test/classify/acceptance/holdout-66.xml', 'holdout-66.json', 46, 39, 34],
	// holdout-67, a fifty-ninth, shaped like holdouts 63 to 66 to the team's (exactly 128 chaos tests in all six areas, 41
	// of them failing in bulk and flakily), recorded with pytest 9.0.3 under pytest-xdist -n 3 (a city marathon's
	// organiser: the federation's membership service down for one class at setup, an unresolvable name, a stall, a
	// reset, a 503, wall-clock budgets missed under the other workers' load, injected faults with no retry, no clock-skew
	// leeway, a wrong claim name, lost updates, a broken barrier, a self-deadlock, a real PostgreSQL's numeric overflow,
	// max+1 race, deadlock and exhausted pool, EFBIG, EMFILE, one thread per runner), reached 39/50 (32) blind, its XML
	// too, with main's rules at 548977f.
	// Its naive and aware datetimes compared on the test's own line are the test's (naive-aware-compared-in-test): 40 (33),
	// log and XML; no other set changed.
	['test/classify/acceptance/holdout-67.log', 'holdout-67.json', 50, 40, 34],
	['test/classify/acceptance/holdout-67.xml', 'holdout-67.json', 50, 40, 34],
	// holdout-68, a sixtieth, shaped like holdouts 63 to 67 to the team's (exactly 128 chaos tests in all six areas) and
	// AN OUTAGE RUN (a hot-air balloon ride operator: its PostgreSQL, Redis and memcached stopped by the recording script
	// a third of the way in, 84 of 160 tests failing, 73 of them in bulk at setup and in the call; among them an off by
	// one, a wrong claim name, a stale memo, a lost update, a lock-order deadlock, Decimal times float, a missing tool,
	// a mock pinned to positional arguments), recorded with Debian's pytest 7.2 without xdist, reached 82/84 (81)
	// blind, its XML too, with main's rules at 3187e31.
	['test/classify/acceptance/holdout-68.log', 'holdout-68.json', 84, 82, 81],
	['test/classify/acceptance/holdout-68.xml', 'holdout-68.json', 84, 82, 81],
	// holdout-69, a sixty-first, shaped like holdouts 63 to 68 to the team's (exactly 128 chaos tests in all six areas),
	// not an outage (a cheese affineur's caves: 63 of 156 tests failing, causes in the environment and the configuration
	// made real: malformed YAML and TOML settings, settings of the wrong type, environment variables unset or with a bad
	// value, five TLS peers (a name the certificate lacks, an unknown CA, a client certificate required and one with the
	// wrong key, an expired certificate), ENOSPC, EROFS, no time zone data, no locale, a .invalid name, a port taken;
	// with code defects and test-design faults), recorded with pytest 9.0.3 without xdist, reached 50/63 (33) blind,
	// its XML too, with main's rules at a3de625.
	// int() refusing a value on the line that reads it from the environment is the environment's
	// (environment-value-not-a-number): 53 (36), log and XML; no other set changed.
	// A string where a number is wanted, raised on the line that reads the settings (setting-value-of-wrong-type, after
	// holdout 70): 57 (40), log and XML; no other set changed.
	['test/classify/acceptance/holdout-69.log', 'holdout-69.json', 63, 59, 42],
	['test/classify/acceptance/holdout-69.xml', 'holdout-69.json', 63, 59, 42],
	// holdout-70, a sixty-second, shaped like holdouts 63 to 69 to the team's (exactly 128 chaos tests in all six areas),
	// not an outage and FLAKY (a glassblowing studio: 45 of 150 tests failing on all three attempts under --reruns 2, 7
	// more passing on a rerun; a commission board started late and a gallery stopped during the run, a furnace answering
	// 503 once per reading, an in-cluster name, EFBIG, a missing tool, settings of the wrong type, a folder under
	// /var/lib, a timeout shorter than the peer; iat rounded up, a role substring, revocation never checked, a lost
	// update, a lock-order deadlock, the code's second SQLite connection, EMFILE at 256 from one descriptor per cycle;
	// four test-design faults), recorded with Debian's pytest 7.2 and pytest-rerunfailures 10.2 without xdist, reached
	// 36/45 (25) blind, its XML too, with main's rules at 848d71a.
	['test/classify/acceptance/holdout-70.log', 'holdout-70.json', 45, 36, 26],
	['test/classify/acceptance/holdout-70.xml', 'holdout-70.json', 45, 36, 26],
	// holdout-71, a sixty-third, shaped like holdouts 63 to 70 to the team's (exactly 128 chaos tests in all six areas),
	// not an outage (a rail freight marshalling yard: 64 of 149 tests failing, concurrency and resource faults made real
	// under pytest-xdist with two workers: lost updates, check-then-act races, a lock-order deadlock under
	// pytest-timeout, a thread pool starved by nested submissions, queue.Full, semaphores leaked and over-released,
	// BrokenProcessPool from a killed worker, a max+1 race and a second writer's lock in SQLite, a leaked pooled
	// connection, MemoryError, can't start new thread and EMFILE under limits the tests set, ENOSPC on a tmpfs, tools
	// killed by a watchdog, asyncio timeouts, refused and reset connections, urllib's 503, 404 and timeouts; code
	// defects and eight test-design faults), recorded with pytest 9.0.3 under pytest-xdist 3.1, reached 45/64 (28)
	// blind, its XML too, with main's rules at 7161dae.
	// A list made of a set compared in order (unordered-items-compared-in-order) and a 503 in a client's words with the
	// service's own reason phrase (upstream-unavailable): 47 (30), log and XML; holdouts 19 and 63 gained one each.
	// A 404 MEDIUM (http-not-found, after holdout 74): 47 (31).
	['test/classify/acceptance/holdout-71.log', 'holdout-71.json', 64, 47, 31],
	['test/classify/acceptance/holdout-71.xml', 'holdout-71.json', 64, 47, 31],
	// holdout-72, a sixty-fourth, shaped like holdouts 63 to 71 to the team's (exactly 128 chaos tests in all six areas),
	// not an outage (a fish smokehouse: 49 of 150 tests failing, database and cache faults made real against ten real
	// servers: four PostgreSQL clusters (a migration not run, a role without a grant, a wrong password, statement_timeout,
	// a lock-order deadlock, a serialization failure, a read-only replica written to, max_connections held by another
	// process and exhausted by the code, a numeric column too small, an archive stopped), five Redis (NOAUTH, LRU
	// eviction, WRONGTYPE, OOM under noeviction, a server SIGKILLed mid-test, READONLY) and memcached (a key with a
	// space, an item over 1 MB, a stale read after a write); code defects and five test-design faults), recorded with
	// Debian's pytest 7.2 and pytest-rerunfailures (--reruns 1, 51 RERUN lines), reached 38/49 (33) blind, its XML
	// too, with main's rules at 30f5fb1. Redis's READONLY read as the client's address (redis-read-only-replica,
	// CONFIGURATION) took it to 40 (35), holdout-7's log to 49 (49) and holdout-39's log and XML to 61 (60).
	['test/classify/acceptance/holdout-72.log', 'holdout-72.json', 49, 40, 35],
	['test/classify/acceptance/holdout-72.xml', 'holdout-72.json', 49, 40, 35],
	// holdout-73, a sixty-fifth, shaped like holdouts 63 to 72 to the team's (exactly 128 chaos tests in all six areas),
	// not an outage (a parcel courier's depot: 62 of 149 tests failing, network and auth faults made real against a
	// carrier, a tracking service and four identity providers on free ports and five openssl s_server peers: a stall, a
	// reset, bodies cut short, 429, 500, 502, 503 through retries, a maintenance page, JSON cut short, a redirect loop,
	// an empty port, a .invalid name, self-signed, expired and misnamed certificates, a client certificate required;
	// HS256 tokens from providers whose clocks are ahead and behind, a rotated key, a wrong audience, a refused client
	// secret; code defects and eight test-design faults), recorded with pytest 9.0.3 without xdist or reruns, reached
	// 47/62 (35) blind, its XML too, with main's rules at f783208. A verifier's own words for a kid not in its key set
	// (token-key-not-in-key-set) and a test class's missing attribute (test-class-attribute-missing): 50 (36).
	['test/classify/acceptance/holdout-73.log', 'holdout-73.json', 62, 50, 36],
	['test/classify/acceptance/holdout-73.xml', 'holdout-73.json', 62, 50, 36],
	// holdout-74, shaped like holdouts 63 to 72 to the team's (exactly 128 chaos tests in all six areas), not an outage
	// (a weaving mill: 69 of 151 tests failing, a spread of real causes in bulk and flaky: SQLite locked by the code's
	// own flusher, a missing migration, a max+1 race; a TTL ignored, a stale read, a key collision, a stampede; lost
	// updates, a starved pool, an asyncio timeout, a closed loop; a peer down, slow, reset, 404, 500, 503, lossy; EMFILE,
	// MemoryError, a CPU limit, ENOSPC, EFBIG, a missing tool; settings (an unset variable, '15m', a tab in YAML, a
	// trailing comma, a wrong path, a flag 'off'); auth defects; test-design faults), recorded with Debian's pytest 7.2
	// and exactly the team's command (-v --tb=short --junitxml), reached 58/69 (37) blind, its XML too, with main's
	// rules at f783208.
	// A token, a signature or a permission the code let through (security-check-not-raised, HIGH): 58 (39), log and XML;
	// holdouts 49, 66, 67 and 70 gained one each (priority).
	['test/classify/acceptance/holdout-74.log', 'holdout-74.json', 69, 58, 39],
	['test/classify/acceptance/holdout-74.xml', 'holdout-74.json', 69, 58, 39],
	// holdout-75, shaped like holdouts 63 to 74 to the team's (exactly 128 chaos tests in all six areas), not an outage
	// (a salt works: 53 of 143 tests failing, where CONFIGURATION meets ENVIRONMENT and BUG: settings in TOML, INI,
	// YAML and JSON with wrong types and units ('30m', '5 minutes', '2s'), a missing section, a misspelt key, a flag
	// "false" as a string, a secret file missing, a ledger in a missing folder, a timeout, a lock wait, a busy timeout,
	// a queue, a pool, a cache and an upload limit too small for the load; variables unset, empty and malformed, a URL
	// without its scheme, a spool that is a file, Python 3.11 under code for 3.12, a locale not installed, a UTC+14
	// runner; code defects that look like configuration (a lockout default of 0, bool('no'), mktime on a UTC tuple, the
	// local date, a retention default of 0) and three test-design faults), recorded with pytest 9.0.3, reached 35/53
	// (27) blind, its XML too, with main's rules at f16dfbb. A standard-library name of a later Python met missing
	// (python-older-than-code: itertools.batched, sqlite3's autocommit): 38 (30), log and XML.
	['test/classify/acceptance/holdout-75.log', 'holdout-75.json', 53, 38, 30],
	['test/classify/acceptance/holdout-75.xml', 'holdout-75.json', 53, 38, 30],
	// holdout-76, shaped like holdouts 63 to 75 to the team's (exactly 128 chaos tests in all six areas), not an outage
	// (a beekeepers' cooperative: 51 of 142 tests failing, concurrency and resources, flaky, under xdist and reruns:
	// lost updates, check-then-act, stampedes, a dict changed while swept, a shared temporary name; a lock-order
	// deadlock ended by a lock's timeout, a pool starved by nested submissions, a barrier larger than its pool, a
	// worker thread dying under its queue's reader; asyncio (a lock never released under wait_for, a coroutine never
	// awaited, tasks cancelled then gathered, get_event_loop in a thread, lru_cache on a coroutine, a closed module
	// loop); BrokenProcessPool (a CPU limit, a C stack overflow); SQLite locked by the code and by another process, a
	// connection used from a thread, a max+1 race, a missing table; peers stalling, resetting, slow, 503, cut short,
	// split; EMFILE, EFBIG, ENOSPC, MemoryError, a tool's timeout, a child killed at its CPU limit; five test-design
	// faults), recorded with Debian's pytest 7.2, xdist -n 2 and --reruns 2 (104 RERUN lines, two tests passed on their
	// rerun), reached 36/51 (25) blind, its XML too, with main's rules at 07eeccf. A coroutine awaited twice
	// (coroutine-awaited-twice), an event loop asked for in a worker thread by the code (event-loop-asked-in-worker-
	// thread), a fixed /tmp path the test opens (shared-temp-path-in-test) and database-locked-by-test no longer read
	// in an assertion on gathered errors: 40 (29), log and XML. An exception the code names for a lock's timeout
	// (lock-timeout, after suite 77): 41 (30).
	['test/classify/acceptance/holdout-76.log', 'holdout-76.json', 51, 41, 30],
	['test/classify/acceptance/holdout-76.xml', 'holdout-76.json', 51, 41, 30],
	// holdout-77, shaped like holdouts 63 to 76 to the team's (exactly 128 chaos tests in all six areas), not an outage
	// (a rope works: 60 of 145 tests failing, configuration against environment against bug: settings in TOML, INI,
	// YAML and JSON with a wrong type ("900", "256", "3", "100"), a missing key, a misspelt key the code ignores, 2 ms
	// meant as seconds, a pool and a worker count of 0, a negative TTL, YAML's NO, a bare '%'; variables unset, empty and
	// malformed (a URL without scheme, a port out of range, a log level VERBOSE); a certificate paired with another
	// key, a peer's expired certificate, a CA bundle path that does not exist; TZ unknown, a locale not installed, a
	// read-only config folder, an unreadable secret, a missing tool, a dependency too old; 401, 403, 429, 503, a
	// refused port, a lossy peer; the code's own parsers mishandling valid values and other defects; six test-design
	// faults (HOME, variables and a limit left by earlier tests, a set's order)), recorded with pytest 9.0.3, reached
	// 34/60 (24) blind, its XML too, with main's rules at 04552c3. A value of the settings in a library's own words (an
	// unknown log level, a port out of range, configparser's KeyError for a missing option, requests' CA bundle path
	// not found): 38 (27), log and XML. A string method on a boolean the settings gave (YAML's NO) and an exception
	// the code names for a lock's timeout: 40 (29). A file of a dot-folder under HOME the code opens for the test
	// (developer-home-file-missing, after suite 79): 41 (30).
	['test/classify/acceptance/holdout-77.log', 'holdout-77.json', 60, 41, 30],
	['test/classify/acceptance/holdout-77.xml', 'holdout-77.json', 60, 41, 30],
	// holdout-78, shaped like holdouts 63 to 76 to the team's (exactly 128 chaos tests in all six areas), not an outage
	// (a harbour pilotage service: 56 of 147 tests failing, auth and network faults most often misread: RS256 tokens
	// from providers with clocks ahead and behind, a rotated key the code's JWKS cache never refetches, an issuer and an
	// audience of another registration, a scope not granted, a stale client secret, a bearer sliced one short, scopes
	// split on commas, a CSRF token of the current second; 429 with Retry-After looked up in one casing, 502/503
	// through retries, 504, a redirect loop, a maintenance page, a body cut short, a slow first byte, a reset, a
	// .invalid name, an HTTPS_PROXY where nothing listens, ::1, TLS to a plain port, a certificate for another host, a
	// silent relay; a POST retried, an idempotency key reused, a breaker left open by an earlier test; caches, races,
	// SQLite and EMFILE), recorded with Debian's pytest 7.2 and exactly the team's command (-v --tb=short
	// --junitxml), reached 34/56 (25) blind, its XML too, with main's rules at 96c09b5.
	// A programming error in the code's handler of a service's HTTP error (handler-failed-on-service-error) and the
	// code refusing a text/html answer where it expected JSON (html-content-type-instead-of-answer): 36 (27), log and
	// XML.
	['test/classify/acceptance/holdout-78.log', 'holdout-78.json', 56, 36, 27],
	['test/classify/acceptance/holdout-78.xml', 'holdout-78.json', 56, 36, 27],
	// holdout-79, shaped like holdouts 63 to 78 to the team's (exactly 128 chaos tests in all six areas), not an outage
	// (a ceramics studio's kiln service: 64 of 148 tests failing, TEST_DESIGN against BUG with the same symptoms side
	// by side: wrong expected values, a rounding, floats with ==, the test's own range, order left by earlier tests,
	// module-scoped fixtures, sets, threads' and SQLite's order, sleeps and timeouts shorter than the work, the local
	// clock against UTC, a date now past, unseeded randomness, mocks patched where the code does not look, an env var
	// read at import, words of an exception that changed, a fixed /tmp path, HOME; and the code's own off-by-ones,
	// roundings, orders, zones, memos, state kept between calls, races and locks; a few refused ports, a missing file
	// and bad settings), recorded with pytest 9.0.3 and the team's command (-v --tb=short --junitxml), reached 39/64
	// (24) blind, its XML too, with main's rules at 4c3f330. A file of a dot-folder under HOME the test needs
	// (developer-home-file-missing) and a folder's listing expected in the file system's order on the test's own
	// line (folder-listing-order-in-test): 41 (26), log and XML.
	['test/classify/acceptance/holdout-79.log', 'holdout-79.json', 64, 41, 26],
	['test/classify/acceptance/holdout-79.xml', 'holdout-79.json', 64, 41, 26],
	// holdout-80, shaped like holdouts 63 to 79 to the team's (exactly 128 chaos tests in all six areas), not an outage
	// (a firewood merchant's service: 62 of 151 tests failing; the theme database and cache, the faults of real stores:
	// SQLite files and :memory:, shelve, dbm, a file cache, a TCP cache and a real PostgreSQL 15 through psycopg2; wrong
	// JOIN and WHERE, a page offset, writes never committed, a transaction left open, lost updates, a deadlock, a
	// connection shared by threads, caches never invalidated, a key without a field, a pickled class renamed; rows and
	// keys left by earlier tests, ORDER BY assumed, fixed /tmp paths, the test's own lock; migrations not run, a
	// database that does not exist, sslmode, a schema version and a pool of 0 in the settings; a lock held by another
	// process, read-only files and folders, a full disk, a missing mount, 256 open files, refused, silent and resetting
	// peers), recorded with pytest 9.0.3 and the team's command (-v --tb=short --junitxml), reached 43/62 (36) blind,
	// its XML too, with main's rules at e2ec276. With its misses in view, SQLite's `database or disk is full` read as a
	// full disk (disk-full) and a folder made with exist_ok=True that is a plain file (folder-path-is-a-file) took both
	// to 45 (37); no other set changed.
	['test/classify/acceptance/holdout-80.log', 'holdout-80.json', 62, 45, 37],
	['test/classify/acceptance/holdout-80.xml', 'holdout-80.json', 62, 45, 37],
	// holdout-81, shaped like holdouts 63 to 80 to the team's (exactly 128 chaos tests in all six areas), not an outage
	// (a thatching reed merchant's service: 61 of 148 tests failing; the theme dependencies, versions and warnings:
	// psycopg2 declared and missing (every PostgreSQL test at setup), PyJWT and lxml (a module at collection) too;
	// settings naming a backend module, a serializer and a JSON module that do not exist; urllib3 1's Retry, pydantic
	// 1's parse_obj and @validator, time.clock, base64.encodestring, hmac without digestmod, asyncio's loop=, yaml.load
	// without a Loader, json.loads(encoding=), collections.Mapping; deprecated calls of the code and of the tests made
	// errors by filterwarnings = error, pytest.warns(None) and a deprecation the code stopped emitting; a graphlib.py
	// shadowing the standard library; a missing locale, zone data, tools, a cp1252 file, a refused peer, a .invalid
	// host; races, timing and value defects), recorded with pytest 9.0.3 and the team's command (-v --tb=short
	// --junitxml), reached 31/61 (22) blind, its XML too, with main's rules at d449e99. A test's own deprecated call
	// (deprecated-call-in-test), pytest.warns given a non-warning (warns-given-non-warning) and a deprecation the code
	// does not emit (expected-deprecation-not-emitted): 36 (27), log and XML.
	['test/classify/acceptance/holdout-81.log', 'holdout-81.json', 61, 36, 27],
	['test/classify/acceptance/holdout-81.xml', 'holdout-81.json', 61, 36, 27],
	// holdout-82, shaped like holdouts 63 to 81 to the team's, not an outage (a coastal survey office's service: 68 of
	// 144 failing; the theme cloud services, contracts and numerical code: boto3 on moto's S3 and DynamoDB, a MinIO
	// mirror and DynamoDB Local not running, pydantic-settings, rsa, pyasn1, orjson, cloudpickle, trio, numpy, scipy,
	// sympy, jsonpath-ng, xmltodict, graphql-core, the OpenAPI validators; setup errors from a setting, a bucket's
	// region and descriptors an earlier test leaked; scipy's removed simps at collection), recorded with pytest 9.0.3
	// and the team's command (-v --tb=short --junitxml), reached 50/68 (30) blind, its XML too, with main's rules at
	// d064db1. trio's deadline on a socket (trio-deadline-on-io), pydantic-settings' words (invalid-settings) and a
	// GraphQL field the test's own call names (graphql-query-off-schema-from-test): 53 (32), log and XML.
	['test/classify/acceptance/holdout-82.log', 'holdout-82.json', 68, 53, 32],
	['test/classify/acceptance/holdout-82.xml', 'holdout-82.json', 68, 53, 32],
] as const;

// The recorded runs of real suites 41 and later, each with its number of failing reports.
export const lateRuns = [
	['holdout-41', 68],
	['holdout-42', 65],
	['holdout-43', 63],
	['holdout-44', 66],
	['holdout-45', 67],
	['holdout-46', 67],
	['holdout-47', 61],
	['holdout-48', 59],
	['holdout-49', 63],
	['holdout-50', 68],
	['holdout-51', 61],
	['holdout-52', 68],
	['holdout-53', 49],
	['holdout-54', 41],
	['holdout-55', 55],
	['holdout-56', 47],
	['holdout-57', 48],
	['holdout-58', 51],
	['holdout-59', 46],
	['holdout-60', 52],
	['holdout-61', 54],
	['holdout-62', 47],
	['holdout-63', 57],
	['holdout-64', 53],
	['holdout-65', 51],
	['holdout-66', 46],
	['holdout-67', 50],
	['holdout-68', 84],
	['holdout-69', 63],
	['holdout-70', 45],
	['holdout-71', 64],
	['holdout-72', 49],
	['holdout-73', 62],
	['holdout-74', 69],
	['holdout-75', 53],
	['holdout-76', 51],
	['holdout-77', 60],
	['holdout-78', 56],
	['holdout-79', 64],
	['holdout-80', 62],
	['holdout-81', 61],
	['holdout-82', 68],
] as const;
