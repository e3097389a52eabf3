/**
Rules written after acceptance suite 30 (hoofbeat) was measured blind (45 of 64, 44 with the priority), for kinds of
failure it showed that a rule read otherwise: checked on that real run's log and XML (Debian's pytest 7.2), and on
texts in other words where the rule must or must not fire. Each is a kind (an ODBC driver manager that knows no such
driver, a client that failed to connect to its server, an FTP server's transient reply, a SOAP error page, a service
asking to retry later, a settings dictionary a library refuses, a shipped XML file that does not parse at import, a
date the test wrote that is now past), not a word of the suite.
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

describe.each(['holdout-30.log', 'holdout-30.xml'])(
	'on the real run of suite 30 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test.each([
			[
				'test_monthly_visits_report',
				'odbc-driver-not-found',
				'CONFIGURATION',
				'MEDIUM',
			],
			[
				'test_outstanding_invoices_report',
				'odbc-driver-not-found',
				'CONFIGURATION',
				'MEDIUM',
			],
			['test_print_stable_label', 'service-unavailable', 'ENVIRONMENT', 'HIGH'],
			[
				'test_print_discharge_label',
				'service-unavailable',
				'ENVIRONMENT',
				'HIGH',
			],
			[
				'test_login_when_pacs_busy',
				'ftp-transient-reply',
				'ENVIRONMENT',
				'MEDIUM',
			],
			[
				'test_result_while_lab_restarts',
				'soap-error-page',
				'ENVIRONMENT',
				'MEDIUM',
			],
			[
				'test_submit_when_queue_full',
				'asked-to-retry-later',
				'ENVIRONMENT',
				'MEDIUM',
			],
			['test_sp_settings_valid', 'invalid-settings', 'CONFIGURATION', 'MEDIUM'],
			[
				'test_book_spring_vaccination_round',
				'past-date-in-test',
				'TEST_DESIGN',
				'MEDIUM',
			],
			[
				'test_vet_reads_records',
				'token-from-fixture-expired',
				'TEST_DESIGN',
				'MEDIUM',
			],
			[
				'test_reminders_start_after_deploy',
				'process-wide-state-from-earlier-test',
				'TEST_DESIGN',
				'MEDIUM',
			],
			[
				'test_vaccination_for_weanling',
				'process-wide-state-from-earlier-test',
				'TEST_DESIGN',
				'MEDIUM',
			],
		])('%s: %s', (name, rule, category, priority) => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule,
				category,
				priority,
			});
		});
		test("a shipped WSDL that lxml refuses at import, in zeep's words, is a broken file, not the code", () => {
			expect(
				analysis.failures.find(
					found => found.failure.id === 'tests/core/test_insurance.py',
				)?.suggestion,
			).toMatchObject({
				rule: 'file-unparsable-at-collection',
				category: 'CONFIGURATION',
				priority: 'HIGH',
			});
		});
	},
);

const raisedIn = (
	message: string,
	frames: readonly string[] = [
		'tests/test_a.py:9: in test_a',
		'    assert client.call()',
		'app/client.py:25: in call',
		'    return self.remote.call()',
	],
) => ({
	headline: message,
	traceback: [...frames, `E   ${message}`].join('\n'),
});

describe('in other words', () => {
	test('an ODBC driver manager that knows no such driver or data source is the connection settings; a server that refuses is not', () => {
		for (const message of [
			`pyodbc.Error: ('01000', "[01000] [unixODBC][Driver Manager]Can't open lib 'ODBC Driver 18 for SQL Server' : file not found (0) (SQLDriverConnect)")`,
			"pyodbc.InterfaceError: ('IM002', '[IM002] [unixODBC][Driver Manager]Data source name not found and no default driver specified (0) (SQLDriverConnect)')",
			"pyodbc.InterfaceError: ('IM002', '[IM002] [Microsoft][ODBC Driver Manager] Data source name not found and no default driver specified (0) (SQLDriverConnect)')",
		]) {
			expect(ruleFor(raisedIn(message))).toBe('odbc-driver-not-found');
			expect(ruleFor({...raisedIn(message), phase: 'setup'})).toBe(
				'odbc-driver-not-found-at-setup',
			);
		}

		expect(
			ruleFor(
				raisedIn(
					`pyodbc.OperationalError: ('08001', '[08001] connection to server at "127.0.0.1", port 15433 failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n (101) (SQLDriverConnect)')`,
				),
			),
		).toBe('connection-refused');
	});
	test("a client's own words that it failed to connect to its server are a service not reached; a socket file missing keeps its rule", () => {
		for (const message of [
			'RuntimeError: failed to connect to server',
			'app.errors.PrintError: failed to connect to the server',
			'app.errors.ScaleError: Failed to connect to server at 10.0.4.12',
		]) {
			expect(ruleFor(raisedIn(message))).toBe('service-unavailable');
		}

		expect(
			ruleFor(
				raisedIn(
					'RuntimeError: Failed to connect to socket /run/dbus/system_bus_socket: No such file or directory',
				),
			),
		).toBe('server-socket-missing');
		expect(
			ruleFor(raisedIn('AssertionError: printer failed to connect to server')),
		).not.toBe('service-unavailable');
	});
	test("an FTP server's 4xx reply is transient, whatever its words; its 5xx is not", () => {
		for (const message of [
			'ftputil.error.TemporaryError: 421 Too many connections (8) from this IP',
			'ftplib.error_temp: 421 Service not available, closing control connection.',
			'ftplib.error_temp: 450 Requested file action not taken: file busy',
		]) {
			expect(ruleFor(raisedIn(message))).toBe('ftp-transient-reply');
		}

		expect(
			ruleFor(raisedIn('ftputil.error.PermanentError: 530 Login incorrect.')),
		).not.toBe('ftp-transient-reply');
		expect(
			ruleFor(
				raisedIn(
					'psycopg2.OperationalError: FATAL:  sorry, too many clients already',
				),
			),
		).toBe('server-connection-limit');
	});
	test("zeep's fault for an HTTP error page with no SOAP fault in it is the service not serving; a fault the service raised is not", () => {
		expect(
			ruleFor(raisedIn('zeep.exceptions.Fault: Unknown fault occured')),
		).toBe('soap-error-page');
		expect(
			ruleFor(raisedIn("zeep.exceptions.Fault: Unknown panel code 'FEC-EQ'")),
		).not.toBe('soap-error-page');
	});
	test('a service that asks to retry later is busy for now; the test asking so in an assertion is not read so', () => {
		for (const message of [
			'zeep.exceptions.Fault: Order queue is full, retry later',
			'app.errors.UpstreamError: Server overloaded, please try again later.',
			"suds.WebFault: Server raised fault: 'Too many requests, try again in a few minutes later'",
		]) {
			expect(ruleFor(raisedIn(message))).toBe('asked-to-retry-later');
		}

		for (const message of [
			'AssertionError: job should retry later',
			'app.errors.ScheduleError: could not plan the retry: later than the deadline',
		]) {
			expect(ruleFor(raisedIn(message))).not.toBe('asked-to-retry-later');
		}
	});
	test('a settings dictionary a library refuses as invalid is the settings', () => {
		expect(
			ruleFor(
				raisedIn(
					'onelogin.saml2.errors.OneLogin_Saml2_Error: Invalid dict settings: idp_not_found,sp_acs_url_invalid',
				),
			),
		).toBe('invalid-settings');
		expect(ruleFor(raisedIn('ValueError: Invalid settings'))).not.toBe(
			'invalid-settings',
		);
	});
	test('a file an XML parser refuses at import, with its line and column, is a broken file; the same error at call is not read so', () => {
		const collect = (message: string) => ({
			...raisedIn(message, [
				'tests/core/test_claims.py:1: in <module>',
				'    from app import claims',
				'app/claims.py:7: in <module>',
				'    client = zeep.Client(WSDL)',
			]),
			id: 'tests/core/test_claims.py',
			phase: 'collect' as const,
		});
		for (const message of [
			'zeep.exceptions.XMLSyntaxError: Invalid XML content received (Opening and ending tag mismatch: schema line 8 and shema, line 32, column 17)',
			'lxml.etree.XMLSyntaxError: Opening and ending tag mismatch: types line 3 and definitions, line 40, column 14',
		]) {
			expect(ruleFor(collect(message))).toBe('file-unparsable-at-collection');
		}

		expect(
			ruleFor(
				raisedIn(
					'zeep.exceptions.XMLSyntaxError: Invalid XML content received (Opening and ending tag mismatch: body line 1 and html, line 1, column 90)',
				),
			),
		).not.toBe('file-unparsable-at-collection');
	});
	test("the code refusing a past date the test's own line wrote is the test's; a date the test computes, or an assertion, is not read so", () => {
		const booking = (line: string, message: string) =>
			raisedIn(message, [
				'tests/core/test_visits.py:12: in test_book_round',
				`    ${line}`,
				'app/visits.py:13: in book',
				'    raise ValueError(message)',
			]);
		for (const [line, message] of [
			[
				'booking = visits.book("Bramble", date(2026, 3, 14))',
				'ValueError: cannot book Bramble on 2026-03-14: that day has passed',
			],
			[
				'schedule.add(Slot("Countdown", dt.date(2025, 12, 31), 1380, 90))',
				'ValueError: cannot schedule Countdown in the past (2025-12-31)',
			],
			[
				'assert planner.schedule(datetime(2026, 11, 18, 22, 0))["status"] == "scheduled"',
				'ValueError: cannot schedule gritting for 2026-11-18: that night is past',
			],
			[
				'assert orders.collect("2026-11-30")',
				'app.errors.BookingError: 2026-11-30 has already passed',
			],
		] as const) {
			expect(ruleFor(booking(line, message))).toBe('past-date-in-test');
		}

		expect(
			ruleFor(
				booking(
					'booking = visits.book("Bramble", date.today() - timedelta(days=1))',
					'ValueError: cannot book Bramble on 2026-12-04: that day has passed',
				),
			),
		).not.toBe('past-date-in-test');
		expect(
			ruleFor(
				booking(
					'booking = visits.book("Bramble", date(2026, 3, 14))',
					'ValueError: cannot book Bramble on 2026-03-14: the yard is closed',
				),
			),
		).not.toBe('past-date-in-test');
	});
	test("an expired token or session the test takes from a mapping it holds is the fixture's; one the test mints in the call is not", () => {
		const verifyAt = (line: string, message: string) =>
			raisedIn(message, [
				'tests/chaos/auth/test_sessions.py:26: in test_reads_records',
				`    ${line}`,
				'app/auth.py:52: in verify',
				'    raise SessionExpired(message)',
			]);
		for (const [line, message] of [
			[
				'assert auth.verify(headers["X-Session"]) == "dr.hale"',
				'app.auth.SessionExpired: session of dr.hale expired 0.9s ago',
			],
			[
				"assert api.whoami(cookies['auth_token'])",
				'jwt.exceptions.ExpiredSignatureError: Signature has expired',
			],
		] as const) {
			expect(ruleFor(verifyAt(line, message))).toBe(
				'token-from-fixture-expired',
			);
		}

		for (const [line, message] of [
			[
				'assert auth.verify(auth.issue("dr.hale", now=0))',
				'app.auth.SessionExpired: session of dr.hale expired 0.9s ago',
			],
			[
				'assert auth.verify(headers["X-Practice"])',
				'app.auth.SessionExpired: session of dr.hale expired 0.9s ago',
			],
			[
				'assert auth.verify(headers["X-Session"])',
				'ValueError: bad session signature',
			],
		] as const) {
			expect(ruleFor(verifyAt(line, message))).not.toBe(
				'token-from-fixture-expired',
			);
		}
	});
	test('a process-wide registry or scheduler that already holds what the test adds is state an earlier test left', () => {
		for (const message of [
			"ValueError: Duplicated timeseries in CollectorRegistry: {'app_picks_total', 'app_picks'}",
			'apscheduler.schedulers.SchedulerAlreadyRunningError: Scheduler is already running',
			"apscheduler.jobstores.base.ConflictingIdError: 'Job identifier (vaccine-Bramble) conflicts with an existing job'",
		]) {
			expect(ruleFor(raisedIn(message))).toBe(
				'process-wide-state-from-earlier-test',
			);
		}

		for (const message of [
			"apscheduler.jobstores.base.JobLookupError: 'No job by the id of worming-Juniper was found'",
			'apscheduler.schedulers.SchedulerNotRunningError: Scheduler is not running',
		]) {
			expect(ruleFor(raisedIn(message))).not.toBe(
				'process-wide-state-from-earlier-test',
			);
		}
	});
});

describe.each(['holdout-8.log', 'holdout-8.xml'])(
	'on the real run of suite 8 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test("prometheus_client's default registry holding an earlier test's metrics is the tests' shared state", () => {
			expect(
				suggestionFor(analysis, 'test_short_picks_are_counted'),
			).toMatchObject({
				rule: 'process-wide-state-from-earlier-test',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test('a collection booked for a date written into the test, now past, is the test aging', () => {
			expect(
				suggestionFor(analysis, 'test_book_next_collection'),
			).toMatchObject({
				rule: 'past-date-in-test',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
	},
);
