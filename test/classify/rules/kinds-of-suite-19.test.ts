/**
Rules written after acceptance suite 19 (quadroll) was measured blind (54 of 67), for kinds of failure it
showed that a rule read otherwise: checked on that real run's log and XML, and on texts in other words where
the rule must not fire. Each is a kind (a library's TypeError that names only the type it wanted for a setting
handed over unset, a mail relay that wants a login, a token written into the test now expired), not a word of the
suite; and one kind earlier suites' misses showed while they were read again (the clock compared with a date
written into the test).
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-19.log', 'holdout-19.xml'])(
	'on the real run of suite 19 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test("PyJWT's 'Expected a string value' for a key from the settings is the setting's", () => {
			expect(
				suggestionFor(analysis, 'test_api_token_round_trip'),
			).toMatchObject({
				rule: 'setting-refused-by-library',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
		test('a relay answering 530 Authentication required wants a login the settings do not give', () => {
			expect(
				suggestionFor(analysis, 'test_confirmation_through_relay'),
			).toMatchObject({
				rule: 'mail-relay-wants-authentication',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
		test("an expired token constant the test passes is the test's fixed data", () => {
			expect(
				suggestionFor(analysis, 'test_adviser_token_accepted'),
			).toMatchObject({
				rule: 'token-fixed-in-test-expired',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test('a relay not running and a setting not converted keep their rules', () => {
			expect(suggestionFor(analysis, 'test_confirmation_mail')?.rule).toBe(
				'connection-refused',
			);
			expect(
				suggestionFor(analysis, 'test_visiting_student_password')?.category,
			).toBe('BUG');
		});
	},
);

describe.each([
	['holdout-14.log', 'test_vaccine_lane_certificate_valid'],
	['holdout-15.log', 'test_settlement_window_open'],
])('on an earlier real run (%s)', async (file, name) => {
	const analysis = analyze([
		await readLog(path.join(import.meta.dirname, '../acceptance', file)),
	]);
	test("the clock compared with a date written into the test is the test's", () => {
		expect(suggestionFor(analysis, name)).toMatchObject({
			rule: 'clock-against-fixed-date',
			category: 'TEST_DESIGN',
			priority: 'MEDIUM',
		});
	});
});

describe('in other words', () => {
	const libraryCall = (call: string, error: string) => ({
		headline: error,
		traceback: [
			'tests/test_tokens.py:8: in test_token',
			'    token = tokens.issue("u1")',
			'app/tokens.py:12: in issue',
			`    ${call}`,
			'/usr/lib/python3/dist-packages/somelib/api.py:73: in encode',
			'    key = prepare(key)',
			'/usr/lib/python3/dist-packages/somelib/utils.py:22: in prepare',
			'    raise TypeError(message)',
			`E   ${error}`,
		].join('\n'),
	});
	test('a TypeError naming the type wanted and the type got, for a setting, is still the code’s', () => {
		expect(
			ruleFor(
				libraryCall(
					'return hmac.new(settings.SIGNING_KEY, body, "sha256")',
					"TypeError: key: expected bytes or bytearray, but got 'str'",
				),
			),
		).toBe('library-error-from-app');
		expect(
			ruleFor(
				libraryCall(
					'return open(config.EXPORT_PATH)',
					'TypeError: expected str, bytes or os.PathLike object, not int',
				),
			),
		).toBe('library-error-from-app');
	});
	test('the same words for a value the code made, not a setting, are the code’s', () => {
		expect(
			ruleFor(
				libraryCall(
					'return jwt.encode(claims, self.key_for(user), algorithm="HS256")',
					'TypeError: Expected a string value',
				),
			),
		).toBe('library-error-from-app');
	});
	test('a relay that wants STARTTLS first or says the client was not authenticated wants a login too', () => {
		expect(
			ruleFor({
				headline:
					"smtplib.SMTPSenderRefused: (530, b'5.7.0 Must issue a STARTTLS command first. x1-20020a05 - gsmtp', 'noreply@shop.example')",
			}),
		).toBe('mail-relay-wants-authentication');
		expect(
			ruleFor({
				headline:
					"smtplib.SMTPSenderRefused: (530, b'5.7.57 Client not authenticated to send mail. [AM0PR10CA0001]', 'noreply@shop.example')",
			}),
		).toBe('mail-relay-wants-authentication');
	});
	test('a login refused (535) and an FTP login refused (530) are not a relay wanting one', () => {
		expect(
			ruleFor({
				headline:
					"smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')",
			}),
		).not.toBe('mail-relay-wants-authentication');
		expect(
			ruleFor({headline: 'ftplib.error_perm: 530 Login incorrect.'}),
		).not.toBe('mail-relay-wants-authentication');
	});
	const expired = (testLine: string, appLine: string) => ({
		headline: 'jwt.exceptions.ExpiredSignatureError: Signature has expired',
		traceback: [
			'tests/test_tokens.py:8: in test_token',
			`    ${testLine}`,
			'app/tokens.py:12: in verify',
			`    ${appLine}`,
			'/usr/lib/python3/dist-packages/jwt/api_jwt.py:211: in _validate_exp',
			'    raise ExpiredSignatureError("Signature has expired")',
			'E   jwt.exceptions.ExpiredSignatureError: Signature has expired',
		].join('\n'),
	});
	test("a token literal in the test's call, now expired, is the test's", () => {
		expect(
			ruleFor(
				expired(
					'claims = tokens.verify("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln")',
					'return jwt.decode(token, KEY, algorithms=["HS256"])',
				),
			),
		).toBe('token-fixed-in-test-expired');
	});
	test('a token the test minted, or a token constant of the code, expired is not the test’s fixed data', () => {
		expect(
			ruleFor(
				expired(
					'claims = tokens.verify(token)',
					'return jwt.decode(token, KEY, algorithms=["HS256"])',
				),
			),
		).toBe('token-claims-refused');
		expect(
			ruleFor(
				expired(
					'claims = tokens.verify_service()',
					'return jwt.decode(settings.SERVICE_TOKEN, KEY, algorithms=["HS256"])',
				),
			),
		).toBe('token-claims-refused');
	});
	const assertion = (lines: string[]) => ({
		headline: lines[0]!.replace(/^E\s+/, ''),
		traceback: [
			'tests/test_dates.py:9: in test_date',
			'    assert check()',
			...lines,
		].join('\n'),
	});
	test("today after a fixed cutoff, the other way round too, is the test's", () => {
		expect(
			ruleFor(
				assertion([
					'E   assert datetime.date(2027, 3, 2) >= datetime.date(2027, 3, 10)',
					'E    +  where datetime.date(2027, 3, 10) = <built-in method today of type object at 0xa4f520>()',
				]),
			),
		).toBe('clock-against-fixed-date');
		expect(
			ruleFor(
				assertion([
					'E   AssertionError: assert datetime.date(2027, 3, 10) <= datetime.date(2027, 3, 2)',
					'E    +  where datetime.date(2027, 3, 10) = <built-in method today of type object at 0xa4f520>()',
				]),
			),
		).toBe('clock-against-fixed-date');
	});
	test('two dates the code computed, or the clock compared for equality, are not the calendar', () => {
		expect(
			ruleFor(
				assertion([
					'E   AssertionError: assert datetime.date(2027, 3, 17) <= datetime.date(2027, 3, 14)',
					'E    +  where datetime.date(2027, 3, 17) = <function due_date at 0x7f1>(datetime.date(2027, 3, 3))',
				]),
			),
		).toBe('value-mismatch');
		expect(
			ruleFor(
				assertion([
					'E   AssertionError: assert datetime.date(2027, 3, 10) == datetime.date(2027, 3, 2)',
					'E    +  where datetime.date(2027, 3, 10) = <built-in method today of type object at 0xa4f520>()',
				]),
			),
		).toBe('value-mismatch');
	});
});
