/**
The later half of the cases `huge-failure.ts` runs (holdouts 71 and later): each classifies one failure of 250 KB
or more, made of near misses of a rule's words, and returns what came of it.
*/
import {ruleFor} from './rules/failures.js';

export const lateCases: Record<string, () => unknown> = {
	// A list made of a collection compared in order, its item found elsewhere in the test's list (holdout 71): 250 KB
	// of blank lines before the assertion, a test's list of 250 KB quoted near misses with no closing bracket, and a
	// message of 250 KB near misses of pytest's `At index` line, each read by the rules in turn.
	listOrders() {
		const failureOf = (before: string, source: string, lines: string) =>
			ruleFor({
				headline: 'AssertionError: assert',
				exceptionType: 'AssertionError',
				traceback: `tests/test_a.py:3: in test_a${before}\n    ${source}\nE   AssertionError: assert\nE     ${lines}`,
			});
		const diff = "At index 0 diff: 'b' != 'a'";
		return [
			failureOf('\n'.repeat(250_000), 'assert list(x) == ["a", "b"]', diff),
			failureOf('', `assert list(x) == [${'"b", '.repeat(60_000)}`, diff),
			failureOf(
				'',
				'assert list(x) == ["a", "c"]',
				"At index 0 diff: 'b".repeat(25_000),
			),
		];
	},
	// A 503 in a client's words (holdout 71), in a headline of 250 KB near misses.
	serverErrors() {
		return [
			ruleFor({
				headline: `urllib.error.HTTPError: ${'HTTP Error 50 Server Error: '.repeat(9000)}`,
			}),
			ruleFor({
				headline: `urllib.error.HTTPError: HTTP Error 503: ${'x'.repeat(250_000)}`,
			}),
		];
	},
	// Redis's READONLY (holdout 72), in a headline of 250 KB near misses and before 250 KB of other words.
	readOnlyReplicas() {
		return [
			ruleFor({
				headline: `redis.exceptions.ResponseError: ${"READONLY You can't write against a read onl ".repeat(6000)}`,
			}),
			ruleFor({
				headline: `redis.exceptions.ReadOnlyError: You can't write against a read only replica. ${'x'.repeat(250_000)}`,
			}),
		];
	},
	// A token class the code did not raise (holdout 74): a headline of 250 KB near misses of a class path, a class name
	// of 250 KB before its `Token`, a tuple of 250 KB of other classes before it, and one after 250 KB of other words.
	refusalsNotRaised() {
		const notRaised = (classes: string) =>
			ruleFor({
				headline: `Failed: DID NOT RAISE ${classes}`,
				exceptionType: 'Failed',
			});
		return [
			notRaised(`<class '${'app.auth'.repeat(30_000)}`),
			notRaised(`<class 'app.${'x'.repeat(250_000)}Token'>`),
			notRaised(
				`(${"<class 'ValueError'>, ".repeat(11_000)}<class 'app.TokenError'>)`,
			),
			notRaised(`<class 'app.auth.TokenError'> ${'x'.repeat(250_000)}`),
		];
	},
	// A test's assertion line, then 250 KB of blank lines before its `E` line (a traceback with a multi-line value cut to
	// blank lines): a rule reading the assertion line must not try every blank line as the start of one.
	blankLinesBeforeComparison() {
		return ruleFor({
			headline: 'AssertionError: assert 200 == 201',
			exceptionType: 'AssertionError',
			traceback: `tests/test_a.py:3: in test_a\n    assert elapsed == 201${'\n'.repeat(250_000)}\nE   AssertionError: assert 200 == 201`,
		});
	},
	// A success status compared with another (holdout 74): a source line of 250 KB naming a status, 250 KB of blank
	// lines between it and the comparison, and a comparison of 250 KB of digits.
	successStatuses() {
		const compared = (source: string, comparison: string) =>
			ruleFor({
				headline: `AssertionError: ${comparison}`,
				exceptionType: 'AssertionError',
				traceback: `tests/test_a.py:3: in test_a\n    ${source}\nE   AssertionError: ${comparison}`,
			});
		return [
			compared(`assert ${'status '.repeat(40_000)}== 201`, 'assert 200 == 201'),
			compared(
				`assert status == 201${'\n'.repeat(250_000)}`,
				'assert 200 == 201',
			),
			compared('assert status == 201', `assert 200 == 2${'0'.repeat(250_000)}`),
			compared('assert status == 201', 'assert 200 == 201'),
		];
	},
	// A verifier's own words for a kid not in its key set and a test class's missing attribute (holdout 73), after
	// 60 to 250 KB of near misses of each.
	keyIdsAndTestClasses() {
		return [
			ruleFor({
				headline: `ValueError: ${'kid k not amon '.repeat(16_000)}`,
				traceback: `tests/test_a.py:3: in test_a\n    verify(token)\nE   ValueError: ${'kid k not amon '.repeat(16_000)}`,
			}),
			ruleFor({
				// Within the 64 KB of a message the rules read.
				headline: `ValueError: ${'kid k not in the ke '.repeat(3000)}kid 'k' not in the keys`,
			}),
			ruleFor({
				headline: `AttributeError: type object '${'Test'.repeat(60_000)}`,
				exceptionType: 'AttributeError',
				traceback: `tests/test_a.py:3: in test_a\n    TestA.x\nE   AttributeError: type object '${'Test'.repeat(60_000)}`,
			}),
			ruleFor({
				headline: `AttributeError: type object '${'ATest'.repeat(12_000)}' has no attribute 'x'`,
				exceptionType: 'AttributeError',
				traceback: `tests/test_a.py:3: in test_a\n    TestA.x\nE   AttributeError: type object '${'ATest'.repeat(12_000)}' has no attribute 'x'`,
			}),
		];
	},
	// A coroutine awaited twice, an event loop asked for in a thread and a fixed /tmp path (holdout 76): 250 KB near
	// misses of each; the coroutine's words before 250 KB of others, and a /tmp path of 60 KB.
	coroutinesAndTempPaths() {
		const opened = (file: string) =>
			ruleFor({
				headline: `FileNotFoundError: [Errno 2] No such file or directory: '${file}'`,
				exceptionType: 'FileNotFoundError',
				traceback: `tests/test_a.py:3: in test_a\n    open(path)\nE   FileNotFoundError: [Errno 2] No such file or directory: '${file}'`,
			});
		return [
			ruleFor({
				headline: `RuntimeError: ${'cannot reuse already awaite '.repeat(9000)}`,
			}),
			ruleFor({
				headline: `RuntimeError: There is no current event loop in thread '${'x'.repeat(250_000)}`,
			}),
			opened(`/tmp/${'tmp/'.repeat(60_000)}`),
			ruleFor({
				headline: `RuntimeError: cannot reuse already awaited coroutine ${'x'.repeat(250_000)}`,
			}),
			// Within the 64 KB of a message the rules read.
			opened(`/tmp/${'a'.repeat(60_000)}`),
		];
	},
	// The settings' values in a library's words and a lock's timeout by its name (holdout 77): 250 KB near misses of
	// each, and a dotted module path of 60 KB before a LockTimeout.
	settingWordsAndLockNames() {
		const headlined = (
			headline: string,
			frames = 'tests/test_a.py:3: in test_a\n    app.start()',
		) =>
			ruleFor({
				headline,
				exceptionType: headline.slice(0, headline.indexOf(':')),
				traceback: `${frames}\nE   ${headline}`,
			});
		const getitem =
			'/usr/lib/python3.11/configparser.py:1273: in __getitem__\n    raise KeyError(key)';
		return [
			headlined(`ValueError: Unknown level: '${'x'.repeat(250_000)}`),
			headlined(
				`OverflowError: ${'bind(): port must be 0-6553 '.repeat(9000)}`,
			),
			headlined(
				`KeyError: '${'k'.repeat(250_000)}'`,
				`app/a.py:3: in a\n    return section["k"]\n${`${getitem}\n`.repeat(9000)}app/b.py:9: in b\n    return d[k]`,
			),
			headlined(
				`OSError: ${'Could not find a suitable TLS CA certificate bundl '.repeat(5000)}`,
			),
			headlined(
				`AttributeError: 'bool' object has no attribute '${'lowe'.repeat(60_000)}'`,
				"app/a.py:3: in a\n    return conf['region'].lower()",
			),
			headlined(`${'a.'.repeat(125_000)}LockTimeou: busy`),
			// Within the 64 KB of a message the rules read.
			headlined(`${'a.'.repeat(30_000)}LockTimeout: busy`),
		];
	},
	// The code's handler failing on a service's HTTP error and an HTML content type where JSON was expected (holdout
	// 78): 250 KB near misses of each, and each kind after 60 KB of others.
	handlersAndContentTypes() {
		const handler = (before: string, headline: string) =>
			ruleFor({
				headline,
				exceptionType: headline.slice(0, headline.indexOf(':')),
				traceback: `${before}\nE   urllib.error.HTTPError: HTTP Error 429: Too Many Requests\n\nDuring handling of the above exception, another exception occurred:\ntests/test_a.py:3: in test_a\n    hint(url)\napp/client.py:9: in hint\n    return headers["retry-after"]\nE   ${headline}`,
			});
		return [
			handler(
				`E   ${'HTTPError '.repeat(25_000)}`,
				`KeyError: '${'k'.repeat(250_000)}`,
			),
			ruleFor({
				headline: `ValueError: ${'json got text/htm '.repeat(14_000)}`,
			}),
			ruleFor({
				headline: `ValueError: ${'x'.repeat(60_000)} expected JSON, got 'text/html'`,
			}),
			handler(`E   ${'x'.repeat(60_000)}`, "KeyError: 'retry-after'"),
		];
	},
	// A file of a dot-folder under HOME and a folder's listing expected in its order (holdout 79): 250 KB near
	// misses of each, and each kind after 60 KB of others.
	homeFilesAndListings() {
		const missing = (file: string) =>
			ruleFor({
				headline: `FileNotFoundError: [Errno 2] No such file or directory: '${file}'`,
				exceptionType: 'FileNotFoundError',
				traceback: `tests/test_a.py:3: in test_a\n    open(path)\nE   FileNotFoundError: [Errno 2] No such file or directory: '${file}'`,
			});
		const listed = (line: string, explanation: string) =>
			ruleFor({
				headline: 'AssertionError: assert [1] == [2]',
				exceptionType: 'AssertionError',
				traceback: `tests/test_a.py:3: in test_a\n    ${line}\nE   AssertionError: assert [1] == [2]\n${explanation}`,
			});
		return [
			missing(`/home/ci${'/x'.repeat(125_000)}`),
			listed(
				`assert a == ${'os.listdir( '.repeat(21_000)}`,
				`E     x\n`.repeat(30_000),
			),
			missing(`/home/ci/.app/${'a'.repeat(60_000)}`),
			listed(
				`assert ${'x'.repeat(60_000)} == os.listdir(d)`,
				`${'E     x\n'.repeat(6000)}E     At index 0 diff: 1 != 2`,
			),
		];
	},
	// A test's own deprecated call, pytest.warns given a non-warning and a deprecation not emitted (holdout 81): 250 KB
	// near misses of each, and each kind after 60 KB of others.
	warningExpectations() {
		const notWarned = (classes: string) =>
			ruleFor({
				headline: `Failed: DID NOT WARN. No warnings of type (${classes}) were emitted.`,
				exceptionType: 'Failed',
			});
		const refused = (words: string) =>
			ruleFor({
				headline: `TypeError: ${words}`,
				exceptionType: 'TypeError',
				traceback: `tests/test_a.py:3: in test_a\n    with pytest.warns(None):\n/venv/lib/python3.11/site-packages/_pytest/recwarn.py:282: in __init__\n    raise TypeError(msg)\nE   TypeError: ${words}`,
			});
		const deprecated = (type: string) =>
			ruleFor({
				headline: `${type}: x`,
				exceptionType: type,
				traceback: `tests/test_a.py:3: in test_a\n    old()\nE   ${type}: x`,
			});
		return [
			notWarned(`<class '${'app.Deprecation'.repeat(17_000)}`),
			refused('exceptions must be derived from Warnin '.repeat(6500)),
			deprecated(`${'Deprecat'.repeat(32_000)}Warnin`),
			notWarned(`<class '${'x.'.repeat(30_000)}DeprecationWarning'>,`),
			ruleFor({
				headline:
					"TypeError: exceptions must be derived from Warning, not <class 'NoneType'>",
				exceptionType: 'TypeError',
				traceback: `tests/test_a.py:3: in test_a\n    with pytest.warns(${'x'.repeat(60_000)}):\n/venv/lib/python3.11/site-packages/_pytest/recwarn.py:282: in __init__\n    raise TypeError(msg)\nE   TypeError: exceptions must be derived from Warning, not <class 'NoneType'>`,
			}),
		];
	},
	// SQLite's full disk and a folder made with exist_ok that is a file (holdout 80): 250 KB near misses of each, and
	// each kind after 60 KB of others.
	fullDisksAndFolderFiles() {
		const folder = (path: string, call: string) => {
			const headline = `FileExistsError: [Errno 17] File exists: '${path}'`;
			return ruleFor({
				headline,
				exceptionType: 'FileExistsError',
				traceback: `tests/test_a.py:3: in test_a\n    cache.put(key)\napp/cache.py:9: in put\n    ${call}\n<frozen os>:225: in makedirs\n    ???\nE   ${headline}`,
			});
		};

		return [
			ruleFor({
				headline: `sqlite3.OperationalError: ${'database or disk is ful '.repeat(10_000)}`,
			}),
			folder(
				`/srv/${"File exists: '/tmp/".repeat(13_000)}`,
				`os.makedirs(folder, ${'exist_ok=Tru '.repeat(19_000)})`,
			),
			ruleFor({
				headline: `sqlite3.OperationalError: ${'x'.repeat(60_000)} database or disk is full`,
			}),
			folder(
				`/srv/${'x/'.repeat(30_000)}cache.json`,
				`os.makedirs(${'x'.repeat(60_000)}, exist_ok=True)`,
			),
		];
	},
	// trio's deadline on a socket, pydantic-settings' words and a GraphQL field the test's own call names (holdout 82):
	// 250 KB near misses of each, and each kind after 60 KB of others.
	deadlinesSettingsAndQueries() {
		const deadline = (frames: string) =>
			ruleFor({
				headline: 'trio.TooSlowError',
				exceptionType: 'trio.TooSlowError',
				traceback: `tests/test_a.py:3: in test_a\n    trio.run(app.read)\n${frames}\n/venv/lib/python3.11/site-packages/trio/_timeouts.py:123: in fail_at\n    raise TooSlowError\nE   trio.TooSlowError`,
			});
		const settings = (words: string) =>
			ruleFor({
				headline: `pydantic_settings.exceptions.SettingsError: ${words}`,
				exceptionType: 'pydantic_settings.exceptions.SettingsError',
			});
		const query = (testLine: string, message: string) =>
			ruleFor({
				headline: `graphql.error.graphql_error.GraphQLError: ${message}`,
				exceptionType: 'graphql.error.graphql_error.GraphQLError',
				traceback: `tests/test_api.py:18: in test_dates\n    ${testLine}\napp/api.py:61: in query\n    raise result.errors[0]\nE   graphql.error.graphql_error.GraphQLError: ${message}`,
			});
		return [
			deadline('/venv/lib/python3.11/site-packages/trio/_sock'.repeat(5000)),
			settings('error parsing value for field "'.repeat(8000)),
			query(
				`api.query("${'x'.repeat(250_000)}")`,
				`${"Cannot query field 'x' on type ".repeat(8000)}`,
			),
			query(
				'api.query("{ a }")',
				`Cannot query field 'surveyDate' on type 'Survey'.${`\nE   tests/${'x'.repeat(250)}`.repeat(1000)}`,
			),
			deadline(
				`${'x'.repeat(60_000)}\n/venv/lib/python3.11/site-packages/trio/_socket.py:333: in wrapper\n    return await x`,
			),
			settings(
				`${'x'.repeat(60_000)} error parsing value for field "hosts" from source "EnvSettingsSource"`,
			),
			query(
				`data = api.query("{ surveys { ${'x '.repeat(30_000)}surveyDate } }")`,
				"Cannot query field 'surveyDate' on type 'Survey'.",
			),
		];
	},
};
