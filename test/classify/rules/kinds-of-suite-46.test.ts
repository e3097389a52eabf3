/**
Rules added after acceptance suite 46 (treadmark) was measured blind (49 of 67 on its log and on its XML): checked on
that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rule must or must not fire.
The kinds are not words of the suite: a date written into a test and judged by the code against today (`assert
False` over `is_upcoming(datetime.datetime(2025, …))`), which ten sets have had and every one decided the test's;
and a token refused for its algorithm where the code's verifying call names the allowed algorithms itself.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

async function analysisOf(file: string) {
	return analyze([
		await readLog(path.join(import.meta.dirname, '../acceptance', file)),
	]);
}

describe.each(['holdout-46.log', 'holdout-46.xml'])(
	'on the real run of suite 46 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('a slot date written into the test, judged against today, is the test’s', () => {
			expect(suggestionFor(analysis, 'test_booking_still_ahead')).toMatchObject(
				{
					rule: 'fixed-date-judged-against-today',
					category: 'TEST_DESIGN',
					priority: 'MEDIUM',
				},
			);
		});
		test('a token refused for an algorithm the code’s own list leaves out is the code’s', () => {
			expect(suggestionFor(analysis, 'test_supervisor_sign_off')).toMatchObject(
				{
					rule: 'token-algorithm-out-of-step',
					category: 'BUG',
					priority: 'HIGH',
				},
			);
		});
		test('the code’s own date defects stay the code’s', () => {
			expect(suggestionFor(analysis, 'test_slot_in_future')?.category).toBe(
				'BUG',
			);
			expect(
				suggestionFor(analysis, 'test_warranty_from_leap_day')?.category,
			).toBe('BUG');
		});
	},
);

const assertion = (...lines: string[]) => ({
	headline: lines[0]!.replace(/^E\s+/, ''),
	traceback: [
		'tests/core/test_dates.py:12: in test_still_open',
		'    assert shop.check(value)',
		...lines,
	].join('\n'),
});

describe('a date written into the test, judged against today', () => {
	test.each([
		[
			'E   assert False',
			'E    +  where False = <function is_upcoming at 0x7f00>(datetime.datetime(2025, 12, 24, 9, 0, tzinfo=datetime.timezone.utc))',
		],
		[
			'E   AssertionError: assert False',
			'E    +  where False = <function campaign_active at 0x7f00>(datetime.date(2026, 9, 1), datetime.date(2026, 11, 30))',
		],
		[
			'E   AssertionError: assert not True',
			"E    +  where True = <function is_expired at 0x7f00>({'valid_until': datetime.datetime(2025, 6, 30, 0, 0)})",
		],
		[
			'E   AssertionError: assert False',
			"E    +  where False = <bound method Event.is_on_sale of Event(slug='panto', on_sale_from=datetime.date(2026, 10, 1))>()",
		],
	])('%s %s', (...lines) => {
		expect(ruleFor(assertion(...lines))).toBe(
			'fixed-date-judged-against-today',
		);
	});

	test.each([
		// The moment the test runs handed to the code is a test of the clock.
		[
			'E   assert False',
			'E    +  where False = <function is_open at 0x7f00>(datetime.datetime(2026, 12, 5, 4, 14))',
			'E    +    and   datetime.datetime(2026, 12, 5, 4, 14) = <built-in method now of type object at 0xa4f520>()',
		],
		// A verdict on something else than time, given a date among other things.
		[
			'E   assert False',
			'E    +  where False = <function is_weekend at 0x7f00>(datetime.date(2026, 12, 5))',
		],
		// A date the code computed, compared with the test's.
		[
			'E   assert datetime.date(2026, 2, 28) == datetime.date(2026, 3, 1)',
			'E    +  where datetime.date(2026, 2, 28) = <function valid_until at 0x7f00>(datetime.date(2024, 2, 29))',
		],
		// A verdict on a value with no date in it.
		[
			'E   assert False',
			"E    +  where False = <function token_valid at 0x7f00>({'exp': 1796083200.0})",
		],
	])('not: %s %s', (...lines) => {
		expect(ruleFor(assertion(...lines))).not.toBe(
			'fixed-date-judged-against-today',
		);
	});
});

describe('a token refused for its algorithm', () => {
	function refused(callLine: string, headline: string) {
		return ruleFor({
			headline,
			traceback: [
				'tests/chaos/auth/test_tokens.py:45: in test_round_trip',
				'    assert auth.verify(auth.issue("u-1"))',
				'app/auth.py:48: in verify',
				`    ${callLine}`,
				'/usr/lib/python3/dist-packages/jwt/api_jws.py:292: in _verify_signature',
				'    raise InvalidAlgorithmError("The specified alg value is not allowed")',
				`E   ${headline}`,
			].join('\n'),
		});
	}

	const pyjwt =
		'jwt.exceptions.InvalidAlgorithmError: The specified alg value is not allowed';
	const jose =
		'jose.exceptions.JWTError: The specified alg value is not allowed';

	test.each([
		[
			'claims = jwt.decode(token, settings.SECRET, algorithms=["HS256"], audience=settings.AUDIENCE)',
			pyjwt,
		],
		[
			'return jwt.decode(token, key, algorithms=[ALGORITHM], issuer=ISSUER)',
			pyjwt,
		],
		['return jwt.decode(token, secret, algorithms=SESSION_ALGORITHMS)', jose],
		["return jwt.decode(token, key, algorithms=('RS256',))", pyjwt],
	])('%s', (callLine, headline) => {
		expect(refused(callLine, headline)).toBe('token-algorithm-out-of-step');
	});

	test.each([
		// The allowed list read from the settings is the setting's.
		[
			'return jwt.decode(token, settings.TOKEN_KEY, algorithms=settings.TOKEN_ALGORITHMS)',
			pyjwt,
		],
		['return jwt.decode(token, key, algorithms=CONFIG["algorithms"])', pyjwt],
		// Another refusal of the same call is not the algorithm.
		[
			'claims = jwt.decode(token, key, algorithms=["HS256"])',
			'jwt.exceptions.InvalidSignatureError: Signature verification failed',
		],
	])('not: %s', (callLine, headline) => {
		expect(refused(callLine, headline)).not.toBe('token-algorithm-out-of-step');
	});
});
