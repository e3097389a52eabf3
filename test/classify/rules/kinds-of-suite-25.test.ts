/**
Rules written after acceptance suite 25 (rillmark) was measured blind (55 of 69), for kinds of failure it showed
that a rule read otherwise: checked on that real run's log and XML (Debian's pytest 7.2), and on texts in other
words where the rule must or must not fire. Each is a kind (a response that is not JSON from its first character,
a RADIUS server that never answers, a program sh cannot find, a coroutine the test passed on, a secret that is
None), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-25.log', 'holdout-25.xml'])(
	'on the real run of suite 25 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test("requests' JSONDecodeError at char 0 from the code's response.json() is the service's answer", () => {
			expect(
				suggestionFor(analysis, 'test_forecast_during_provider_maintenance'),
			).toMatchObject({
				rule: 'answer-not-json',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
		test("pyrad's Timeout is a RADIUS server not running", () => {
			for (const name of [
				'test_crew_login_accepted',
				'test_crew_login_wrong_password_refused',
			]) {
				expect(suggestionFor(analysis, name)).toMatchObject({
					rule: 'radius-server-silent',
					category: 'ENVIRONMENT',
					priority: 'HIGH',
				});
			}
		});
		test('sh.CommandNotFound is a program not installed, though a setting names it', () => {
			expect(
				suggestionFor(analysis, 'test_zone_map_to_shapefile'),
			).toMatchObject({
				rule: 'missing-program',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
		test('a coroutine the test hands to os.path.exists is the test’s', () => {
			expect(suggestionFor(analysis, 'test_async_export')).toMatchObject({
				rule: 'coroutine-passed-by-test',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
	},
);

describe.each(['holdout-24.log', 'holdout-24.xml'])(
	'on the real run of suite 24 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test('an unset secret reaching hmac through a conditional is the settings’', () => {
			expect(
				suggestionFor(analysis, 'test_card_signature_with_configured_secret'),
			).toMatchObject({
				rule: 'secret-unset',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
	},
);

const jsonOfResponse = (caller: string, headline: string) => ({
	headline,
	traceback: [
		...(caller === 'test'
			? ['tests/test_api.py:12: in test_contract', '    body = response.json()']
			: [
					'tests/test_api.py:12: in test_prices',
					'    assert api.prices() == []',
					'app/api.py:20: in prices',
					'    return response.json()["prices"]',
				]),
		'/usr/lib/python3/dist-packages/requests/models.py:975: in json',
		'    raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)',
		`E   ${headline}`,
	].join('\n'),
});

const radiusTimeout = {
	headline: 'pyrad.client.Timeout',
	traceback: [
		'tests/test_login.py:9: in test_login',
		'    assert auth.login("u", "p")',
		'app/auth.py:30: in login',
		'    reply = client.SendPacket(request)',
		'/usr/lib/python3/dist-packages/pyrad/client.py:161: in _SendPacket',
		'    raise Timeout',
		'E   pyrad.client.Timeout',
	].join('\n'),
};

const fromLibrary = (
	headline: string,
	call: string,
	library: string,
	caller = 'app',
) => ({
	headline,
	traceback: [
		'tests/test_a.py:9: in test_a',
		caller === 'app' ? '    assert app.run()' : `    ${call}`,
		...(caller === 'app' ? ['app/run.py:14: in run', `    ${call}`] : []),
		`${library}: in __init__`,
		'    raise TypeError(message)',
		`E   ${headline}`,
	].join('\n'),
});

describe('in other words', () => {
	test("a JSON body refused at its first character in the code's .json(): not a later break, not the test's own decoding", () => {
		expect(
			ruleFor(
				jsonOfResponse(
					'app',
					'requests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
				),
			),
		).toBe('answer-not-json');
		// A body cut short or malformed further on is another kind.
		expect(
			ruleFor(
				jsonOfResponse(
					'app',
					'requests.exceptions.JSONDecodeError: Expecting value: line 3 column 9 (char 41)',
				),
			),
		).not.toBe('answer-not-json');
		// The test decoding the response itself checks the service's contract.
		expect(
			ruleFor(
				jsonOfResponse(
					'test',
					'requests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
				),
			),
		).not.toBe('answer-not-json');
		// A string the code decodes with json.loads, no client's .json() frame.
		expect(
			ruleFor({
				headline:
					'json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
				traceback: [
					'tests/test_a.py:9: in test_a',
					'    assert app.load("")',
					'app/store.py:14: in load',
					'    return json.loads(text)',
					'/usr/lib/python3.11/json/decoder.py:355: in raw_decode',
					'    raise JSONDecodeError("Expecting value", s, err.value) from None',
					'E   json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
				].join('\n'),
			}),
		).not.toBe('answer-not-json');
	});
	test("pyrad's Timeout, not another library's", () => {
		expect(ruleFor(radiusTimeout)).toBe('radius-server-silent');
		expect(
			ruleFor({
				headline: 'socket.timeout: timed out',
				traceback: radiusTimeout.traceback.replace(
					'pyrad.client.Timeout',
					'socket.timeout: timed out',
				),
			}),
		).not.toBe('radius-server-silent');
	});
	test("sh's and plumbum's CommandNotFound are a program not installed; sh's non-zero exit is not", () => {
		expect(
			ruleFor(
				fromLibrary(
					'sh.CommandNotFound: ffmpeg',
					'sh.Command(settings.TRANSCODER)("-i", path)',
					'/usr/lib/python3/dist-packages/sh.py:1306',
				),
			),
		).toBe('missing-program');
		expect(
			ruleFor(
				fromLibrary(
					"plumbum.commands.processes.CommandNotFound: ('gpsbabel', [])",
					'local[settings.CONVERTER]',
					'/usr/lib/python3/dist-packages/plumbum/machines/local.py:230',
				),
			),
		).toBe('missing-program');
		expect(
			ruleFor(
				fromLibrary(
					'sh.ErrorReturnCode_2: ',
					'sh.gzip("-t", folder)',
					'/usr/lib/python3/dist-packages/sh.py:865',
				),
			),
		).not.toBe('missing-program');
	});
	test("a coroutine the test's own line passed on, not one the code passed", () => {
		const stat =
			'TypeError: stat: path should be string, bytes, os.PathLike or integer, not coroutine';
		expect(
			ruleFor(
				fromLibrary(
					stat,
					'assert os.path.exists(app.write(path))',
					'<frozen genericpath>:19',
					'test',
				),
			),
		).toBe('coroutine-passed-by-test');
		expect(
			ruleFor(
				fromLibrary(
					"TypeError: unsupported operand type(s) for +: 'coroutine' and 'int'",
					'assert sum([app.total(), 1])',
					'<frozen builtins>:1',
					'test',
				),
			),
		).toBe('coroutine-passed-by-test');
		// The code passing a coroutine on is the code's.
		expect(
			ruleFor(
				fromLibrary(
					stat,
					'return os.path.exists(self.path())',
					'<frozen genericpath>:19',
				),
			),
		).not.toBe('coroutine-passed-by-test');
	});
	test('a key, secret or password given None is a secret unset; a key of the wrong type is not', () => {
		expect(
			ruleFor(
				fromLibrary(
					"TypeError: key: expected bytes or bytearray, but got 'NoneType'",
					'return hmac.new(secret.encode() if isinstance(secret, str) else secret, body, "sha256")',
					'/usr/lib/python3.11/hmac.py:53',
				),
			),
		).toBe('secret-unset');
		expect(
			ruleFor(
				fromLibrary(
					'TypeError: password should be a string or bytes, not NoneType',
					'return client.login(user, password)',
					'/usr/lib/python3/dist-packages/lib/client.py:88',
				),
			),
		).toBe('secret-unset');
		expect(
			ruleFor(
				fromLibrary(
					"TypeError: key: expected bytes or bytearray, but got 'str'",
					'return hmac.new(secret, body, "sha256")',
					'/usr/lib/python3.11/hmac.py:53',
				),
			),
		).not.toBe('secret-unset');
		// None given for something else than a secret.
		expect(
			ruleFor(
				fromLibrary(
					'TypeError: expected str, bytes or os.PathLike object, not NoneType',
					'return open(path)',
					'/usr/lib/python3.11/codecs.py:10',
				),
			),
		).not.toBe('secret-unset');
	});
});
