// The holdout table's first part: the hand-written sets and holdouts 1 to 40, with how each was measured.

// Floors: what the rules reach now on each set. unseen.json and demo-run.json were written before the
// rules of issue 12 item 15 (20/60 and 26/47 with the rules before); each holdout was written after a
// round of rules and measured once, blind, before the next round: 20/33, 19/28, 18/26, 32/47 and 40/54
// (7/33, 4/28, 7/26, 13/47 and 12/54 with the rules before); holdout-6 reached 37/60 blind (33 with the
// priority), 41/60 (37) blind to the rules-breadth round; holdout-7 reached 37/60 (37) blind, after that round;
// holdout-8 16/60 (13) blind, with the rules of that round and the lead's pass after suites 6 and 7.
// The weak-spots round (own waits, nested loops, task groups, raises(match=…); not blind) took holdout-4 to 43 and
// holdout-7 to 45.
// holdout-9, a run shaped like the team's chaos suite on a bad day, reached 51/64 (47) blind, with the rules
// after suite 8's round and the weak-spots round.
// holdout-10, another run shaped like the team's (a food-delivery dispatch API), reached 56/68 (56) blind, with
// main's rules at a1702e6.
// The rules-round (priorities as the sets' engineers give them, a negative condition, kinds several suites
// decided alike; not blind) took holdout-4 to 44 (44), holdout-6 to 51 (49), holdout-7 to 48 (48), holdout-8 to
// 41 (38) and holdout-9 to 53 (51).
// With that round, written without seeing suite 10, and the parser reading pytest.approx's explanation under
// its assert line, holdout-10 reached 59 (59).
// holdout-11, a third run shaped like the team's (a library circulation API), reached 59/69 (58) blind, its XML
// too, with main's rules at 829d1ee. With its misses in view, three kinds (a memo keyed by a dict, tenacity's
// retries run out on 5xx, a host under a TLD reserved never to resolve) took it to 61 (61) and holdout-5 to 47 (43).
// holdout-12, a fourth run shaped like the team's (a car-sharing fleet API), reached 65/76 (64) blind, its XML
// too, with main's rules at 68bbc77. With its misses in view, three kinds (a service whose client says it is down,
// a cron expression a scheduler refuses, an asyncio object of the code's bound to another loop) took it to 68 (67);
// no other set changed.
// holdout-13, a fifth run shaped like the team's (a podcast hosting API, with flaky tests rerun by
// pytest-rerunfailures), reached 54/68 (51) blind, its XML too, with main's rules at c9d704b. With its misses in
// view, six kinds (a dead weak reference, a YAML key given twice, a system path in double quotes, a clean-up
// refused by a read-only folder, a proxy that does not resolve, a configured file missing at setup) and libcurl's
// words for a certificate took it to 59 (59) and holdout-8 to 42 (39).
// holdout-14, a sixth run shaped like the team's (a cold-chain telemetry service: gRPC, Kafka, LDAP, Kerberos,
// InfluxDB), reached 49/72 (45) blind, its XML too, with main's rules at 73e7689.
// With its misses in view, six kinds (an LDAP server or a Kafka broker out of reach, no Kerberos ticket, a
// relay that will not relay, a token not valid yet, a JSON file broken at import) and words for two took it to 62 (58).
// holdout-15, a seventh (a payments reconciler: httpcore, pymemcache, py-amqp, FTPFS, tomlkit), reached 46/65 (45)
// blind, its XML too, with main's rules at 8b8335d. With its misses in view, two kinds (an error whose message
// starts with 429, tomlkit's parse errors) took it to 48 (47); no other set changed.
// holdout-16, an eighth (a real-time ad bidder: pg8000, pylibmc, lmdb, maxminddb, pymacaroons, avro), reached
// 53/69 (52) blind, its XML too, with main's rules at 5209c4a. With its misses in view, four kinds (a lock file
// left behind, an asyncio stream cut short, LMDB's size limits, a setting not converted to the type a library
// wants), a PermissionError of the code's own words no longer read as the machine's and a breaker read before the
// refusal it quotes took it to 56 (56) and holdout-15 to 49 (48); no other set changed.
// holdout-17, a ninth (a CI build farm: pyhcl, xmltodict, sqlitedict, ujson, rfc3986, netrc, dbm, tarfile), reached
// 51/66 (50) blind, its XML 52 (51), with main's rules at 4146235. With its misses in view, three kinds (a file a
// parser refuses at import with a line and a column, an HTML page where a service's format was expected, a barrier
// broken in the test's own wait) took it to 54 (53) and holdout-8 to 43 (39); no other set changed.
// holdout-18, a tenth (a sports-betting odds feed: simplejson, requests-mock, pyrsistent, mimeparse, shelve, decimal
// traps), reached 58/69 (56) blind, its XML too, with main's rules at ea8ba97. With its misses in view, two kinds (a
// damaged file from the test's data folder, a read timeout under a connection error's name) took it to 61 (60),
// holdout-6 to 52 (50), holdout-16 to 57 (57) and holdout-17 to 55 (54); no other set changed.
// holdout-19, an eleventh (a university course registration API: icalendar, bleach, Markdown, WebOb, isodate,
// email-validator), reached 54/67 (53) blind, its XML too, with main's rules at 84bf720. With its misses in view,
// three kinds (a TypeError naming only the type wanted for a setting handed over unset, a mail relay that wants a
// login, a token written into the test's source now expired) took it to 57 (56); no other set changed. Read again
// with them, holdout-14 and holdout-15 had a test comparing the clock with a date written into it, now past: that
// kind took them to 63 (59) and 50 (49).
// holdout-20, a twelfth (a subtitling and localisation service: pysrt, polib, langdetect, chardet, unidecode),
// reached 57/71 (24) blind, its XML 58 (25), with main's rules at ea3b8c9. Its engineer graded the code's defects
// by their reach (most BUG MEDIUM) where the rules and the earlier sets' engineers put every defect HIGH: hence
// the low figure with the priority. With its misses in view, three kinds (an installed library calling what this
// Python removed, a Redis ACL user without a command, a conftest's stub peer reading its socket in a deadlock's
// thread dump) took it to 60 (27), its XML too; no other set changed.
// holdout-21, a thirteenth (a marina's berth bookings and harbour operations: joserfc, pydantic-settings, orjson,
// jsonpath-ng, trio, scipy, moto, responses, redis-py 8, pg8000), the first recorded with pytest 9.0.3, reached
// 55/71 (44) blind, its XML too, with main's rules at 4fe6767. With its misses in view, five kinds (trio's and
// anyio's words for a connection no address took, a server busy with a script, a relay without STARTTLS, a view's
// return Flask refuses, a coroutine the test used as a value) took it to 60 (49) and holdout-10 to 60 (60); no other
// set changed.
// holdout-22, a fourteenth (a brewery's batches, cellar and taproom: pymodbus, nats-py, neo4j, mysql-connector,
// msgspec, simpleeval, stamina, graphql-core, the Docker SDK), recorded with pytest 9.0.3, reached 56/69 (38) blind,
// its XML too, with main's rules at a210479. Its engineer graded edge-case defects MEDIUM and missing secrets HIGH.
// With its misses in view, four kinds (a peer that never answered, a GraphQL query off the schema in the test's
// assertion, float arithmetic compared exactly with a decimal fraction, the clock handed to the code by the test)
// took it to 60 (42), holdout-11 to 62 (62), holdout-19 to 58 (57) and holdout-20 to 61 (27); no other set changed.
// Hangs whose captured log shows a client retrying a refused connection, read as services not running, took its
// log to 60 (45) (the XML has no captured log); no other set changed.
// holdout-23, a fifteenth (a ski resort's lift passes, gates, lifts and snowmaking: python-can, construct, pysnmp,
// asyncssh, Pony, astral, pyproj, cattrs, typeguard, segno, xlsxwriter), recorded with Debian's pytest 7.2, reached
// 58/69 (43) blind, its XML too, with main's rules at 698fa34. With its misses in view, an SNMP agent that never
// answers (pysnmp's and Net-SNMP's words, quoted by the code's own exception) took it to 60 (45); no other set changed.
// A program the code runs not installed (FileNotFoundError from subprocess, a shell's 127) was CONFIGURATION; 11 of the
// 13 sets where it happens decided ENVIRONMENT (the runner's image lacks it), unseen and holdout-6 CONFIGURATION: as
// ENVIRONMENT, holdout-9, -11, -12, -13, -15, -17, -19, -20, -21, -22 and -23 gained one each (log and XML), unseen
// went 60 (60) -> 59 (59) and holdout-6 52 (50) -> 51 (49); no other set changed.
// holdout-24, a sixteenth (an EV charging network: mysqlclient, python-memcached, boltons, more-itertools, humanize,
// hyperlink, urllib, asyncio streams, sqlite3), recorded with Debian's pytest 7.2, reached 51/70 (49) blind, its XML too,
// with main's rules at f50c9fd. With its misses in view, the MySQL and MariaDB C clients' bare errno for a server not
// reached and a sum of floats compared exactly in the test's own line took it to 58 (56); no other set changed.
// holdout-26, an eighteenth (a public observatory: CherryPy, requests_toolbelt, h11, async_timeout, portend,
// zc.lockfile, wrapt, pymeeus, tempora, repoze.lru, tzlocal, markdown-it, rich), recorded with Debian's pytest 7.2,
// reached 54/62 (49) blind, its XML too, with main's rules at 45baff4. With its misses in view, portend's `Port … not
// bound`, a coroutine unpacked unawaited in the test and a 503 quoted by the code's own error took it to 56 (53).
// holdout-27, a nineteenth (a community radio station: python-mpd2, m3u8, jaraco.collections, pycountry, num2words,
// python-slugify, Routes, pydub, python-gnupg, requests), recorded with Debian's pytest 7.2, reached 58/65 (52) blind,
// its XML too, with main's rules at 865702c. With its misses in view, a connection lost while reading, an SSH banner
// where a protocol's greeting was expected and a sum of floats off a whole number by rounding alone took it to 59 (54);
// no other set changed.
// holdout-28, a twentieth (a city bike-share: requests-oauthlib, keyring, tooz, fasteners, SQLObject, aiomysql,
// retrying, netifaces, expiringdict, cattrs, docopt), recorded with Debian's pytest 7.2, reached 51/69 (46) blind, its
// XML too, with main's rules at 2e510d1. With its misses in view, a folder under /run, retrying's last 5xx response, a
// network interface or a keyring service the machine lacks, a MySQL client's first packet from another protocol, a
// number written with its unit and scopes the provider does not grant took it to 63 (56), and holdout-10 to 61 (61).
// holdout-29, a twenty-first (a council's road gritting: etcd3, PyDispatcher, futurist, gevent, kazoo, httplib2,
// dnspython, python-memcached, repoze.lru, oslo.utils, FormEncode), weighted toward priorities and misleading
// headlines, recorded with Debian's pytest 7.2, reached 47/67 (35) blind, its XML too, with main's rules at 6be08da.
// With its misses in view, a client's timeout or an assertion whose captured output records the service refusing
// the connection, a 429 quoted by the code's own error and a token from a fixture that expired before the test used
// it took its log to 53 (46) and its XML (no captured output) to 50 (38), holdout-8 to 43 (40), holdout-9 to 56 (54),
// holdout-10 to 62 (62) and holdout-16 to 59 (59).
// holdout-30, a twenty-second (an equine veterinary practice: zeep, pydicom, ftputil, APScheduler, python-hl7, pyodbc,
// cachelib, pycups, pyusb, python3-saml), recorded with Debian's pytest 7.2, reached 45/64 (44) blind, its XML too, with
// main's rules at ae11410. With its misses in view, an ODBC driver manager that knows no such driver, a client that
// failed to connect to its server, an FTP server's 4xx, zeep's fault for an error page, a service asking to retry
// later, a settings dictionary a library refuses, an XML file refused at import and a past date written into the
// test's line took it to 55 (54), holdout-8 to 44 (41), holdout-27 to 60 (55) and holdout-29 to 54 (47), XML 51 (39).
// Then a session the test takes from a fixture's mapping, expired, and a process-wide registry or scheduler holding
// what an earlier test left took it to 58 (57) and holdout-8 to 45 (42).
// holdout-31, a twenty-third (a museum's collections service: swiftclient, SPARQLWrapper, rdflib, Whoosh, easywebdav,
// caldav, exifread, qrcode, Pyramid), recorded with Debian's pytest 7.2, reached 45/64 (43) blind, its XML too, with
// main's rules at 083178d. With its misses in view, a client's error quoting 401 or 403 with its reason phrase, a
// service's 507 Insufficient Storage, rdflib's BadSyntax at import, a value a JSON encoder cannot encode, two
// registrations of the code that conflict and a relative path the test opens took it to 53 (51); no other set's figure
// changed. Then SQLite's lock hit on the test's own line, the traceback's only frame, took it to 54 (52) and
// holdout-15 to 52 (51).
// holdout-32, a twenty-fourth (a climbing-gym chain's service: keystoneauth1, oslo.config, Twisted, PyHamcrest, vobject,
// recurring-ical-events, pypng, PrettyTable, Munch, pyinotify), recorded with Debian's pytest 7.2, reached 53/69 (50)
// blind, its XML too, with main's rules at 65fdce8. With its misses in view, oslo.config's words for a value the
// settings lack or give wrong, an option the code reads and never declared, a service catalog without the endpoint
// the code asks for and Twisted's reactor run again took it to 61 (54); no other set's figure changed.
// holdout-33, a twenty-fifth and representative like 9 to 12 (an allotment society's service: requests, httpx,
// tenacity, redis-py, psycopg2, SQLAlchemy, PyJWT, bcrypt, Flask, pydantic, Jinja2), recorded with Debian's pytest 7.2,
// reached 67/72 (65) blind, its XML too, with main's rules at d85e7b4. With its misses and every set in view, a pool
// the test itself runs dry (suites 5 and 33), a mock never called (six sets, all the test's) and DID NOT RAISE at
// MEDIUM (four sets) took it to 68 (67), holdout-5 to 48 (44), 10 to 63 (63), 11 to 64 (64), 13 to 61 (61), 15 to
// 53 (52), 17 to 57 (56), 18 to 62 (61) and 26 to 56 (54); a refused connection in a unit test's body (six sets, all
// the test's) took holdout-6 to 52 (50), 9 to 57 (55), 14 to 64 (60), 27 to 61 (56), 30 to 59 (58) and 32 to 62 (55).
// holdout-34, a twenty-sixth and representative like 33 (a laundrette chain's service: Django REST framework, aiohttp,
// httpx async, asyncpg, kombu, boto3, pymongo, Elasticsearch), recorded with Debian's pytest 7.2, reached 67/73 (63)
// blind, its XML too, with main's rules at 82d41db. With its misses in view, an AWS error of the service's side after
// botocore's retries, a sum of a multiplied list compared by ==, and a fixture's clean-up of a `.yaml` it made took it
// to 70 (66); no other set changed.
// holdout-35, a twenty-seventh and representative like 33 and 34 (a driving school's service: requests, httpx,
// tenacity, redis-py, cachetools, psycopg2, sqlite3, SQLAlchemy, PyJWT, Flask, pydantic, threads, asyncio), recorded
// with Debian's pytest 7.2, reached 65/72 (63) blind, its XML too, with main's rules at c71f9b9. With its misses in
// view, a wait that ran out on the code's coroutine stuck on an asyncio lock of its own and the code's error naming
// the variable after `is not set` took it to 68 (66), and holdout-8 to 46 (43), its XML 46 (42).
// holdout-36, a twenty-eighth and representative (a dental clinic chain's service: requests/urllib3, httpx, tenacity,
// redis-py, psycopg2, SQLAlchemy, PyJWT, bcrypt, Flask, pydantic), recorded with Debian's pytest 7.2, reached 64/71
// (63) blind, its XML too, with main's rules at c71f9b9. With its misses in view, a 404 from a test client that runs
// the app in process and an access-denied error raised by the project's own check took it to 66 (65), and
// holdout-34 to 71 (67).
// Then the strict XPASS went from MEDIUM to LOW (the lead's call: 17 of the 26 sets with one decided LOW): the floors
// below are measured after it (category with priority, over the table: 2,992 -> 3,016).
// holdout-37, a twenty-ninth and representative, weighted to the flaky side (a self-storage chain's service: requests/
// urllib3, httpx, tenacity, redis-py, psycopg2, SQLAlchemy, sqlite3, PyJWT, Flask, pydantic; in-cluster names that do
// not resolve and a self-signed certificate through several libraries, tests failing every rerun), recorded with
// Debian's pytest 7.2, reached 66/70 (66) blind, its XML too, with main's rules at 5c0f9b0. Its four misses are
// judgement calls; an assertion that a cachetools TTL cache no longer holds an entry (suites 35 and 36, both the
// test's wait) took holdout-35 to 70 (69) and holdout-36 to 67 (67).
// holdout-38, a thirtieth and representative, weighted to auth and resources (a coworking chain's member service:
// an OAuth code flow against a stub provider, PyJWT id tokens and sessions, requests/urllib3, httpx, tenacity,
// redis-py, psycopg2, SQLAlchemy, Flask, pydantic, threads, subprocesses under the runner's limits), recorded with
// Debian's pytest 7.2, reached 61/73 (61) blind, its XML 62 (62), with main's rules at 5c0f9b0 (the XPASS LOW). With
// its misses in view, a stub peer whose handler lives in the test module and a fixture's `…_session` or `…_jwt`
// expired took both to 63 (63); no other set changed.
// holdout-39, a thirty-first and representative, weighted to cache and database (a pharmacy chain's dispensing
// service: redis-py against Redis stubs, psycopg2 against a PostgreSQL wire-protocol stub answering the server's own
// errors, SQLAlchemy over SQLite with a lagging replica, requests/urllib3, httpx, tenacity, PyJWT, Flask, pydantic,
// threads, subprocesses), recorded with Debian's pytest 7.2, reached 55/69 (54) blind, its XML the same, with main's
// rules at fa6e7c7. With its misses in view, tenacity giving up on a Throttled exception (rate-limited) and a server
// at its own limit of clients (server-connection-limit, ENVIRONMENT, as holdout-7's and holdout-11's engineers
// decided too; holdout-2's decided the setting and lost one) took both to 58 (57).
// holdout-40, a thirty-second and representative, weighted to network and concurrency (a dog-boarding chain's service:
// requests/urllib3, httpx, tenacity, a websocket client over a raw socket, a proxy, redis-py, psycopg2, SQLAlchemy,
// sqlite3, PyJWT, Flask, pydantic, threads, asyncio), recorded with Debian's pytest 7.2, reached 62/70 (61) blind, its
// XML too, with main's rules at fa6e7c7. With its misses in view, the code's own error saying the peer closed the
// connection (connection-reset) took both to 63 (62); no other set changed.
export const earlyFloors = [
	['test/classify/acceptance/unseen.log', 'unseen.json', 60, 59, 59],
	['fixtures/demo/run.log', 'demo-run.json', 47, 46, 46],
	['test/classify/acceptance/holdout.log', 'holdout.json', 33, 32, 32],
	['test/classify/acceptance/holdout-2.log', 'holdout-2.json', 28, 26, 26],
	['test/classify/acceptance/holdout-3.log', 'holdout-3.json', 26, 26, 26],
	['test/classify/acceptance/holdout-4.log', 'holdout-4.json', 47, 44, 43],
	['test/classify/acceptance/holdout-5.log', 'holdout-5.json', 54, 48, 43],
	['test/classify/acceptance/holdout-6.log', 'holdout-6.json', 60, 53, 50],
	['test/classify/acceptance/holdout-7.log', 'holdout-7.json', 60, 49, 49],
	// holdout-8: 47 (44) since suite 81's expected-deprecation-not-emitted (pytest.warns given another class).
	['test/classify/acceptance/holdout-8.log', 'holdout-8.json', 60, 47, 44],
	['test/classify/acceptance/holdout-9.log', 'holdout-9.json', 64, 58, 56],
	['test/classify/acceptance/holdout-10.log', 'holdout-10.json', 68, 64, 64],
	['test/classify/acceptance/holdout-11.log', 'holdout-11.json', 69, 66, 66],
	['test/classify/acceptance/holdout-12.log', 'holdout-12.json', 76, 70, 68],
	['test/classify/acceptance/holdout-13.log', 'holdout-13.json', 68, 62, 61],
	['test/classify/acceptance/holdout-14.log', 'holdout-14.json', 72, 66, 61],
	['test/classify/acceptance/holdout-15.log', 'holdout-15.json', 65, 54, 52],
	['test/classify/acceptance/holdout-16.log', 'holdout-16.json', 69, 61, 60],
	['test/classify/acceptance/holdout-17.log', 'holdout-17.json', 66, 58, 56],
	['test/classify/acceptance/holdout-18.log', 'holdout-18.json', 69, 64, 63],
	['test/classify/acceptance/holdout-18.xml', 'holdout-18.json', 69, 64, 63],
	// A list made of a set compared in order (unordered-items-compared-in-order, after holdout 71): 62 (60).
	['test/classify/acceptance/holdout-19.log', 'holdout-19.json', 67, 62, 60],
	['test/classify/acceptance/holdout-19.xml', 'holdout-19.json', 67, 62, 60],
	['test/classify/acceptance/holdout-20.log', 'holdout-20.json', 71, 63, 29],
	['test/classify/acceptance/holdout-20.xml', 'holdout-20.json', 71, 63, 29],
	['test/classify/acceptance/holdout-21.log', 'holdout-21.json', 71, 62, 51],
	['test/classify/acceptance/holdout-21.xml', 'holdout-21.json', 71, 62, 51],
	['test/classify/acceptance/holdout-22.log', 'holdout-22.json', 69, 62, 48],
	['test/classify/acceptance/holdout-22.xml', 'holdout-22.json', 69, 62, 45],
	['test/classify/acceptance/holdout-23.log', 'holdout-23.json', 69, 63, 49],
	['test/classify/acceptance/holdout-23.xml', 'holdout-23.json', 69, 63, 49],
	['test/classify/acceptance/holdout-24.log', 'holdout-24.json', 70, 60, 59],
	['test/classify/acceptance/holdout-24.xml', 'holdout-24.json', 70, 60, 59],
	['test/classify/acceptance/holdout-25.log', 'holdout-25.json', 69, 59, 58],
	['test/classify/acceptance/holdout-25.xml', 'holdout-25.json', 69, 59, 58],
	['test/classify/acceptance/holdout-26.log', 'holdout-26.json', 62, 57, 56],
	['test/classify/acceptance/holdout-26.xml', 'holdout-26.json', 62, 57, 56],
	['test/classify/acceptance/holdout-27.log', 'holdout-27.json', 65, 62, 58],
	['test/classify/acceptance/holdout-27.xml', 'holdout-27.json', 65, 62, 58],
	['test/classify/acceptance/holdout-28.log', 'holdout-28.json', 69, 64, 58],
	['test/classify/acceptance/holdout-28.xml', 'holdout-28.json', 69, 64, 58],
	['test/classify/acceptance/holdout-29.log', 'holdout-29.json', 67, 55, 49],
	['test/classify/acceptance/holdout-29.xml', 'holdout-29.json', 67, 52, 41],
	['test/classify/acceptance/holdout-30.log', 'holdout-30.json', 64, 59, 59],
	['test/classify/acceptance/holdout-30.xml', 'holdout-30.json', 64, 59, 59],
	['test/classify/acceptance/holdout-31.log', 'holdout-31.json', 64, 54, 53],
	['test/classify/acceptance/holdout-31.xml', 'holdout-31.json', 64, 54, 53],
	['test/classify/acceptance/holdout-32.log', 'holdout-32.json', 69, 62, 56],
	['test/classify/acceptance/holdout-32.xml', 'holdout-32.json', 69, 62, 56],
	['test/classify/acceptance/holdout-33.log', 'holdout-33.json', 72, 68, 68],
	['test/classify/acceptance/holdout-33.xml', 'holdout-33.json', 72, 68, 68],
	// A 200 where the test expects 201 Created (success-status-differs, after holdout 74): holdouts 34 and 35 one more
	// with the priority each.
	['test/classify/acceptance/holdout-34.log', 'holdout-34.json', 73, 72, 70],
	['test/classify/acceptance/holdout-34.xml', 'holdout-34.json', 73, 72, 70],
	['test/classify/acceptance/holdout-35.log', 'holdout-35.json', 72, 70, 70],
	['test/classify/acceptance/holdout-35.xml', 'holdout-35.json', 72, 70, 70],
	['test/classify/acceptance/holdout-36.log', 'holdout-36.json', 71, 69, 69],
	['test/classify/acceptance/holdout-36.xml', 'holdout-36.json', 71, 69, 69],
	['test/classify/acceptance/holdout-37.log', 'holdout-37.json', 70, 66, 66],
	['test/classify/acceptance/holdout-37.xml', 'holdout-37.json', 70, 66, 66],
	['test/classify/acceptance/holdout-38.log', 'holdout-38.json', 73, 68, 68],
	['test/classify/acceptance/holdout-38.xml', 'holdout-38.json', 73, 68, 68],
	['test/classify/acceptance/holdout-39.log', 'holdout-39.json', 69, 61, 60],
	['test/classify/acceptance/holdout-39.xml', 'holdout-39.json', 69, 61, 60],
	['test/classify/acceptance/holdout-40.log', 'holdout-40.json', 70, 66, 65],
	['test/classify/acceptance/holdout-40.xml', 'holdout-40.json', 70, 66, 65],
] as const;

// The recorded runs of real suites 4 to 40, each with its number of failing reports.
export const earlyRuns = [
	['holdout-4', 47],
	['holdout-5', 54],
	['holdout-6', 60],
	['holdout-7', 60],
	['holdout-8', 60],
	['holdout-9', 64],
	['holdout-10', 68],
	['holdout-11', 69],
	['holdout-12', 76],
	['holdout-13', 68],
	['holdout-14', 72],
	['holdout-15', 65],
	['holdout-16', 69],
	['holdout-17', 66],
	['holdout-18', 69],
	['holdout-19', 67],
	['holdout-20', 71],
	['holdout-21', 71],
	['holdout-22', 69],
	['holdout-23', 69],
	['holdout-24', 70],
	['holdout-25', 69],
	['holdout-26', 62],
	['holdout-27', 65],
	['holdout-28', 69],
	['holdout-29', 67],
	['holdout-30', 64],
	['holdout-31', 64],
	['holdout-32', 69],
	['holdout-33', 72],
	['holdout-34', 73],
	['holdout-35', 72],
	['holdout-36', 71],
	['holdout-37', 70],
	['holdout-38', 73],
	['holdout-39', 69],
	['holdout-40', 70],
] as const;
