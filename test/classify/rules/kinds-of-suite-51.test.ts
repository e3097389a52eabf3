/**
Rules changed after acceptance suite 51 (bowstring) was measured blind (55 of 61 on its log and on its XML): checked
on that real run's log and XML (pytest 9.0.3), on suite 18's, and on texts in other words where the rule must or must
not fire. The kinds are not words of the suite: a span of time left until a date the test hands the code, negative
because that date is now past; a signed value a fixture made, expired past the max_age the test reads it with
(itsdangerous' SignatureExpired, beside PyJWT's ExpiredSignatureError); a duplicate row written through a store the
test names as shared (suites 11, 47, 49 and 51).
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

describe.each(['holdout-51.log', 'holdout-51.xml'])(
	'on the real run of suite 51 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('a concert date now past, as minutes until it', () => {
			expect(
				suggestionFor(analysis, 'test_spring_concert_is_upcoming'),
			).toMatchObject({
				rule: 'time-left-until-fixed-date-negative',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test('a duplicate in a module-scoped database named shared_db', () => {
			expect(
				suggestionFor(analysis, 'test_add_leader_again_in_new_season'),
			).toMatchObject({
				rule: 'constraint-violation-on-shared-store',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test("a module-scoped fixture's signed session past the test's max_age", () => {
			expect(
				suggestionFor(analysis, 'test_session_survives_a_short_break'),
			).toMatchObject({
				rule: 'token-from-fixture-expired',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
	},
);

describe.each(['holdout-18.log', 'holdout-18.xml'])(
	'on the real run of suite 18 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('a kick-off date now past, as the time until it', () => {
			expect(
				suggestionFor(analysis, 'test_kick_off_still_ahead'),
			).toMatchObject({
				rule: 'time-left-until-fixed-date-negative',
				category: 'TEST_DESIGN',
			});
		});
	},
);

function assertion(lines: readonly string[]) {
	return ruleFor({
		headline: `AssertionError: ${lines[0]!}`,
		traceback: [
			'tests/test_events.py:12: in test_event_ahead',
			'    assert events.days_until(start) > 0',
			...lines.map(line => `E   ${line}`),
		].join('\n'),
	});
}

describe('time left until a date the test hands the code', () => {
	test.each([
		[
			'assert -373762.44 > 0',
			'+  where -373762.44 = <function minutes_until at 0x7f9d>(datetime.datetime(2026, 3, 21, 19, 30, tzinfo=datetime.timezone.utc))',
		],
		[
			'assert -12 >= 0',
			'+  where -12 = <function days_until at 0x7f9d>(datetime.date(2025, 10, 3))',
		],
		[
			'assert -3.5 > 0',
			'+  where -3.5 = <bound method Season.weeks_left of <Season>>(datetime.date(2025, 1, 6))',
		],
	])('%s', (...lines) => {
		expect(assertion(lines)).toBe('time-left-until-fixed-date-negative');
	});

	test.each([
		// Time left, as expected: another failure.
		[
			'assert 12 > 20',
			'+  where 12 = <function days_until at 0x7f9d>(datetime.date(2031, 10, 3))',
		],
		// The span is not the code's answer about a date.
		['assert -12 > 0', '+  where -12 = <function balance at 0x7f9d>(42)'],
		// The test hands the code a moment from the clock: the code's answer is wrong.
		[
			'assert -3 > 0',
			'+  where -3 = <function days_until at 0x7f9d>((datetime.date(2026, 12, 6) + datetime.timedelta(days=3)))',
		],
		[
			'assert -3 > 0',
			'+  where -3 = <function hours_until at 0x7f9d>(datetime.datetime(2026, 12, 6, 9, 0))',
			'+    and   datetime.datetime(2026, 12, 6, 9, 0) = <built-in method now of type object at 0x7f>()',
		],
	])('not %s', (...lines) => {
		expect(assertion(lines)).not.toBe('time-left-until-fixed-date-negative');
	});

	test('hostile lines are refused', () => {
		for (const lines of [
			['assert -1 > 0', `+  where -1 = <function ${'('.repeat(250_000)}`],
			[`assert -${'1'.repeat(250_000)}`],
			['assert -1 > 0', '+  where -1 = <function f>(datetime.date(20'],
		]) {
			expect(assertion(lines)).not.toBe('time-left-until-fixed-date-negative');
		}
	});
});

function expired(source: string, headline: string) {
	return ruleFor({
		headline,
		traceback: [
			'tests/test_sessions.py:35: in test_session_kept',
			`    ${source}`,
			'app/auth.py:49: in read_session',
			'    return URLSafeTimedSerializer(settings.SECRET, salt="s").loads(cookie, max_age=max_age)',
			'/usr/lib/python3/dist-packages/itsdangerous/timed.py:142: in unsign',
			'    raise SignatureExpired(',
			`E   ${headline}`,
		].join('\n'),
	});
}

describe("a fixture's signed value past its max_age", () => {
	test.each([
		'itsdangerous.exc.SignatureExpired: Signature age 2 > 1 seconds',
		'SignatureExpired: Signature age 61 > 60 seconds',
	])('%s', headline => {
		expect(
			expired(
				'assert auth.read_session(member_session, max_age=1)["id"] == 7',
				headline,
			),
		).toBe('token-from-fixture-expired');
	});

	test('not a cookie the test signs on the spot', () => {
		expect(
			expired(
				'assert auth.read_session(cookie, max_age=1)["id"] == 7',
				'itsdangerous.exc.SignatureExpired: Signature age 2 > 1 seconds',
			),
		).not.toBe('token-from-fixture-expired');
	});
});

function duplicate(source: string, phase: 'call' | 'setup' = 'call') {
	return ruleFor({
		phase,
		headline: 'sqlite3.IntegrityError: UNIQUE constraint failed: members.email',
		traceback: [
			'tests/test_members.py:40: in test_add_again',
			`    ${source}`,
			'app/members.py:17: in add',
			'    db.execute("INSERT INTO members (email) VALUES (?)", (email,))',
			'E   sqlite3.IntegrityError: UNIQUE constraint failed: members.email',
		].join('\n'),
	});
}

describe('a duplicate row through a store the test names as shared', () => {
	test.each([
		'members.add(shared_db, "lead@example.test")',
		'loan = loans.lend(shared_session, "3000100", date(2026, 11, 3))',
		'orders.book(book, shared_ledger)',
	])('%s', source => {
		expect(duplicate(source)).toBe('constraint-violation-on-shared-store');
	});

	test.each([
		// The code writes the duplicate through a store of the test's own.
		'members.add(db, "lead@example.test")',
		'members.add(not_shared_db, "lead@example.test")',
		`members.add(${'('.repeat(250_000)}`,
	])('not %s', source => {
		expect(duplicate(source)).toBe('constraint-violation');
	});

	test('at setup it stays the fixture collision it was', () => {
		expect(duplicate('members.add(shared_db, "x")', 'setup')).toBe(
			'constraint-violation-at-setup',
		);
	});
});
