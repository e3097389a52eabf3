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
import {lateCases} from './huge-failure-late.js';
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
	...lateCases,
};

process.stdout.write(JSON.stringify(cases[process.argv[2]!]!()));
