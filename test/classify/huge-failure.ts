/**
Run by `huge-input.test.ts` as a process of its own: classifies one failure of 5 MB, named by the first argument,
and prints what came of it as JSON. A pattern that backtracks over such a failure takes minutes, and a regular
expression cannot be interrupted inside a test: only a separate process, killed at a time limit, shows it.
*/
import process from 'node:process';
import {builtInRules} from '../../source/classify/rules/built-in.js';
import {suggest} from '../../source/classify/rules/match.js';
import {signatureOf} from '../../source/classify/signature.js';
import {failing} from './failing.js';
import * as real from './real-failures.js';
import {ruleFor} from './rules/failures.js';

const cases: Record<string, () => unknown> = {
	// Every built-in rule, on a message of 200,000 near misses of a connection refused.
	rules() {
		const line = `OSError: ${'Connection refuse_ 0x1f '.repeat(200_000)}`;
		const failure = failing('tests/test_x.py::test_y', {
			headline: line,
			traceback: `E   ${line}\n`.repeat(2),
		});
		return {rule: suggest(failure, {rules: builtInRules}).rule};
	},
	// The signature's masks (quotes, numbers, hex, paths) on a headline of 250,000 of each.
	signature() {
		const line = `AssertionError: ${'x\'1 "a" 0x1f /tmp/a '.repeat(250_000)}`;
		const signature = signatureOf({
			...real.jinjaPickle0,
			headline: line,
			traceback: `tests/test_utils.py:200: in test_pickle_missing\n    assert x\nE   ${line}`,
		});
		return {
			messageLength: signature.message.length,
			location: signature.location,
		};
	},
	// The float comparisons' patterns read runs of digits: a 250 KB run of nines in an `E` line took 8 s before their
	// runs were bounded to what Python prints for a float, and connection-reset's byte count 5 s before it was read
	// from the start of a number only (holdout 53).
	floats() {
		return [
			`assert 1.${'9'.repeat(250_000)}`,
			`assert 1.${'9'.repeat(250_000)} == 2.0`,
			`assert 2.0 == 1.${'9'.repeat(250_000)}`,
			`assert 0.${'0'.repeat(250_000)}1 == 0.0`,
			`assert 0.3 == ${'0.1 + '.repeat(40_000)}0.1`,
			`ValueError: ConnectionResetError ${'9'.repeat(250_000)}`,
		].map(line =>
			ruleFor({
				headline: `AssertionError: ${line.slice(0, 40)}`,
				traceback: `tests/test_a.py:3: in test_a\n    assert f() == 2.0\nE   ${line}\nE    +  where 1.9 = f()`,
			}),
		);
	},
	// A key id not in a key set (holdout 55): its words after 250 KB of near misses.
	tokens() {
		return [
			`InvalidKeyIdError: ${'No key for ki '.repeat(20_000)}No key for kid: 'a'`,
			`PyJWKClientError: ${'Unable to find a signing key that matche '.repeat(6000)}`,
			`KeyError: '${'keyset has no key for ki'.repeat(10_000)}'`,
		].map(line =>
			ruleFor({
				headline: line.slice(0, 40),
				traceback: `tests/test_a.py:3: in test_a\n    verify(token)\nE   ${line}`,
			}),
		);
	},
	// A replica lagging (holdout 56): its words before 250 KB of near misses, and 250 KB of near misses alone.
	replicas() {
		return [
			`RuntimeError: replica is 2 s behind the primary; ${'replica behind the primar '.repeat(10_000)}`,
			`RuntimeError: ${'ReplicaLa replication la behind the '.repeat(8000)}`,
		].map(line =>
			ruleFor({
				headline: line.slice(0, 40),
				traceback: `tests/test_a.py:3: in test_a\n    read(row)\nE   ${line}`,
			}),
		);
	},
	// A token signed with another key (holdout 61): the JWT libraries' words after a dotted module path of nearly the
	// 64 KB the rules read of a message, and 250 KB of near misses (a dotted path, the words cut short).
	signedTokens() {
		return [
			`${'jose.exceptions.'.repeat(3500)}JWTError: Signature verification failed`,
			`${'a.'.repeat(30_000)}InvalidSignatureError: Signature verification failed`,
			`${'a.'.repeat(125_000)}InvalidSignatureErro`,
			`JWTError: ${'Signature verification faile '.repeat(9000)}`,
		].map(line =>
			ruleFor({
				headline: line.slice(0, 40),
				traceback: `tests/test_a.py:3: in test_a\n    verify(token)\nE   ${line}`,
			}),
		);
	},
	children() {
		const line =
			"subprocess.CalledProcessError: Command '['job']' died with <Signals.SIGKILL: 9>.";
		return [
			`result = subprocess.run(cmd, preexec_fn=${'a'.repeat(250_000)})`,
			`result = subprocess.run(cmd, ${'preexec_fn = os.setsid setrlimi RLIMIT '.repeat(7000)})`,
		].map(source =>
			ruleFor({
				headline: line,
				traceback: `tests/test_a.py:3: in test_a\n    media.run()\napp/media.py:7: in run\n    ${source}\nE   ${line}`,
			}),
		);
	},
	// A statement timeout on the code's own read (holdout 62): the query's line after 250 KB of blanks, and 250 KB of
	// near misses of what keeps it the server's.
	queries() {
		const line =
			'psycopg2.errors.QueryCanceled: canceling statement due to statement timeout';
		return [
			`cur.execute(${' '.repeat(250_000)}"SELECT a.id FROM t a JOIN t b")`,
			`cur.execute("SELECT ${'slee WAITFO FOR UPDAT FOR NO KE '.repeat(8000)}")`,
			`${'.execute( "'.repeat(25_000)}`,
		].map(source =>
			ruleFor({
				headline: line,
				traceback: `tests/test_a.py:3: in test_a\n    swarm(db)\napp/catalogue.py:7: in swarm\n    ${source}\nE   ${line}`,
			}),
		);
	},
	// A connection used after it was closed (holdout 65): the driver's words after a dotted module path of nearly the
	// 64 KB the rules read of a message, and 250 KB of near misses (a dotted path, the words cut short).
	closedConnections() {
		return [
			`${'psycopg2.'.repeat(7000)}InterfaceError: connection already closed`,
			`${'a.'.repeat(125_000)}InterfaceErro`,
			`InterfaceError: ${'(a.'.repeat(80_000)}connection already close`,
		].map(line =>
			ruleFor({
				headline: line.slice(0, 40),
				traceback: `tests/test_a.py:3: in test_a\n    count(conn)\nE   ${line}`,
			}),
		);
	},
	// A mock's call expected by position and made by keyword (holdout 66): lines of 250 KB near misses (a long mock
	// name, a first value cut short, many Expected lines with no Actual), each read by the rules in turn.
	mockCallForms() {
		const failureOf = (message: string) =>
			ruleFor({
				headline: 'AssertionError: expected call not found.',
				traceback: `tests/test_a.py:3: in test_a\n    notify()\nE   AssertionError: expected call not found.\n${message
					.split('\n')
					.map(line => `E   ${line}`)
					.join('\n')}`,
			});
		return [
			failureOf(
				`Expected: send('k1')\nActual: send(${'a'.repeat(60)}='k1', ${'x=1, '.repeat(50_000)})`,
			),
			failureOf(
				`Expected: ${'a.'.repeat(125_000)}send('k1')\nActual: send(to='k1')`,
			),
			failureOf(
				`Expected: send('${'k'.repeat(250_000)}')\nActual: send(to='k')`,
			),
			failureOf(`${'Expected: send(1, \n'.repeat(15_000)}Actual: send(to=1)`),
		];
	},
	// Naive and aware datetimes compared on the test's own line (holdout 67): 250 KB near misses (the words cut short,
	// repeated without their end) and the words after a type name of nearly the 64 KB the rules read of a message, each read by the rules in turn.
	naiveAware() {
		return [
			`TypeError: ${"can't compare offset-naive and offset-awar ".repeat(6000)}`,
			`TypeError: ${"can't ".repeat(40_000)}subtract offset-naive and offset-aware date`,
			`TypeError: ${'datetime.'.repeat(7000)} can't compare offset-naive and offset-aware datetimes`,
		].map(line =>
			ruleFor({
				headline: line.slice(0, 40),
				traceback: `tests/test_a.py:3: in test_a\n    assert start() < datetime(2027, 4, 25)\nE   ${line}`,
			}),
		);
	},
	// int() refusing a value on the line that reads it from the environment (holdout 69): a call line of 250 KB of blanks
	// before `os.environ`, one of 250 KB near misses (`int( os.` without the variable), and a message of near misses of
	// int()'s words, each read by the rules in turn.
	environmentNumbers() {
		const failureOf = (source: string, message: string) =>
			ruleFor({
				headline: message.slice(0, 60),
				traceback: `tests/test_a.py:3: in test_a\n    workers()\napp/pool.py:7: in workers\n    ${source}\nE   ${message}`,
			});
		const refused =
			"ValueError: invalid literal for int() with base 10: 'auto'";
		return [
			failureOf(
				`return int(${' '.repeat(250_000)}os.environ["WORKERS"])`,
				refused,
			),
			failureOf(`return ${'int( os.'.repeat(30_000)}path`, refused),
			failureOf(
				'return int(os.environ["WORKERS"])',
				`ValueError: ${'invalid literal for int() with base 1'.repeat(7000)}`,
			),
		];
	},
	// A string where a number is wanted, on the line that reads the settings (holdout 69): a call line of 250 KB near
	// misses (`settings(` and `config.ge` without the subscript), one with the subscript after 250 KB of blanks, and a
	// message of near misses of the comparison's words, each read by the rules in turn.
	settingTypes() {
		const failureOf = (source: string, message: string) =>
			ruleFor({
				headline: message.slice(0, 60),
				traceback: `tests/test_a.py:3: in test_a\n    too_humid()\napp/climate.py:7: in too_humid\n    ${source}\nE   ${message}`,
			});
		const compared =
			"TypeError: '>' not supported between instances of 'float' and 'str'";
		return [
			failureOf(
				`return reading >${' '.repeat(250_000)}settings["max"]`,
				compared,
			),
			failureOf(
				`return ${'settings( config.ge cfg() '.repeat(10_000)}`,
				compared,
			),
			failureOf(
				'return reading > settings["max"]',
				`TypeError: ${"'>' not supported between instances of 'float' and 'st".repeat(4000)}`,
			),
		];
	},
	ownTimeouts() {
		const failureOf = (source: string, message: string) =>
			ruleFor({
				headline: `TimeoutError: ${message}`,
				traceback: `tests/test_a.py:3: in test_a\n    wait()\napp/interlock.py:7: in wait\n    ${source}\nE   TimeoutError: ${message}`,
			});
		return [
			failureOf(
				'raise TimeoutError(message)',
				'hos por serve servic connec socke repl answe peers http:/ '.repeat(
					4000,
				),
			),
			failureOf(
				`raise TimeoutError(${'"/socke.py /request /redi/ asyncio/stream.py" '.repeat(5000)})`,
				'not finished',
			),
			failureOf(
				`raise${' '.repeat(250_000)}TimeoutError(message)`,
				`${'x'.repeat(250_000)} host`,
			),
		];
	},
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
};

process.stdout.write(JSON.stringify(cases[process.argv[2]!]!()));
