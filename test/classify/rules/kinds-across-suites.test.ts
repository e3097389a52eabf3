/**
Kinds of failure that several acceptance suites decided the same way and no rule knew: a path under the
system's folders that the code under test may not write or a fixture does not find (suites 4, 7 and 9),
and a hang whose thread dump holds threads that serve (a stub server reading the next request, a plugin's
server accepting): they wait for a client, not on what the test waits for (suites 6 and 9); a library
refusing what the project's code handed it straight from its settings (suites 6, 7 and 8).
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {builtInRules} from '../../../source/classify/rules/built-in.js';
import {describeRules} from '../../../source/classify/rules/describe.js';
import {waitOf} from '../../../source/classify/rules/hang.js';
import {loadRulesFile} from '../../../source/classify/rules/load.js';
import {suggest} from '../../../source/classify/rules/match.js';
import type {CapturedSection} from '../../../source/log/model.js';
import {readLog} from '../../../source/log/read.js';
import {failure, ruleFor, suggestionFor} from './failures.js';

const acceptance = path.join(import.meta.dirname, '../acceptance');

describe('on the real runs', async () => {
	const names = [
		'holdout-4',
		'holdout-6',
		'holdout-7',
		'holdout-8',
		'holdout-9',
	];
	const analyses = new Map(
		await Promise.all(
			names.map(
				async name =>
					[
						name,
						analyze([await readLog(path.join(acceptance, `${name}.log`))]),
					] as const,
			),
		),
	);
	test.each([
		[
			'holdout-4',
			'test_month_to_export_share',
			'call',
			'unwritable-configured-path',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			'holdout-7',
			'test_letter_written',
			'call',
			'unwritable-configured-path',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			'holdout-9',
			'test_failed_login_is_audited',
			'call',
			'unwritable-configured-path',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			'holdout-7',
			'test_spooled_batch',
			'setup',
			'missing-system-path-at-setup',
			'CONFIGURATION',
			'HIGH',
		],
		[
			'holdout-9',
			'test_baskets_merged_both_ways_at_once',
			'call',
			'hang-on-locks',
			'BUG',
			'HIGH',
		],
		[
			'holdout-6',
			'test_ack_for_every_batch',
			'call',
			'hang-on-locks',
			'BUG',
			'HIGH',
		],
		[
			'holdout-6',
			'test_meter_is_registered',
			'setup',
			'setting-refused-by-library-at-setup',
			'CONFIGURATION',
			'HIGH',
		],
		[
			'holdout-8',
			'test_returns_mailbox_has_no_unread_rma',
			'setup',
			'setting-refused-by-library-at-setup',
			'CONFIGURATION',
			'HIGH',
		],
		[
			'holdout-7',
			'test_allowed_networks',
			'call',
			'setting-refused-by-library',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			'holdout-8',
			'test_price_in_pounds',
			'call',
			'setting-refused-by-library',
			'CONFIGURATION',
			'MEDIUM',
		],
	] as const)(
		'%s: %s [%s] → %s',
		(suite, name, phase, rule, category, priority) => {
			expect(suggestionFor(analyses.get(suite)!, name, phase)).toMatchObject({
				rule,
				category,
				priority,
			});
		},
	);

	test('the reason quotes the path that was refused', () => {
		expect(
			suggestionFor(analyses.get('holdout-9')!, 'test_failed_login_is_audited')
				?.reason,
		).toMatch(
			/^matched "'\/var\/log\/seatline-audit\.log'" in the headline; raised in app code at seatline\/auth\.py:\d+ — /,
		);
	});
});

describe('paths: where the new rules must not fire', () => {
	/** A failure whose innermost frame is the test's own line, or the project's code called from it. */
	function raisedFrom(line: string, where: 'test' | 'app', phase = 'call') {
		const frames =
			where === 'test'
				? ['tests/test_a.py:3: in test_a', '    open(path, "w")']
				: [
						'tests/test_a.py:3: in test_a',
						'    export()',
						'src/shop/exports.py:12: in export',
						'    open(path, "w")',
					];
		return {
			phase: phase as 'call',
			headline: line,
			exceptionType: line.split(':')[0],
			traceback: [...frames, `E   ${line}`].join('\n'),
		};
	}

	test('the test’s own write under /var is the machine’s permissions', () => {
		expect(
			ruleFor(
				raisedFrom(
					"PermissionError: [Errno 13] Permission denied: '/var/lib/shop/exports/report.csv'",
					'test',
				),
			),
		).toBe('permission-denied');
	});

	test('a device, a temporary folder or a home folder is not a path the settings name', () => {
		for (const target of [
			'/dev/kvm',
			'/var/tmp/shop/x.csv',
			'/home/ci/.cache/shop/x',
			'/tmp/x',
		]) {
			expect(
				ruleFor(
					raisedFrom(
						`PermissionError: [Errno 13] Permission denied: '${target}'`,
						'app',
					),
				),
				target,
			).toBe('permission-denied');
		}
	});

	test('a system path missing at setup is the settings, wherever the fixture opened it; a temporary one is not', () => {
		expect(
			ruleFor(
				raisedFrom(
					"FileNotFoundError: [Errno 2] No such file or directory: '/srv/shop/spool/x.lock'",
					'test',
					'setup',
				),
			),
		).toBe('missing-system-path-at-setup');
		expect(
			ruleFor(
				raisedFrom(
					"FileNotFoundError: [Errno 2] No such file or directory: '/var/tmp/shop/x.lock'",
					'test',
					'setup',
				),
			),
		).not.toBe('missing-system-path-at-setup');
	});
});

describe('a hang: threads that serve are not what the test waits on', () => {
	const lockWait =
		'tests/test_a.py:9: in test_a\n    worker.join()\n/usr/lib/python3.11/threading.py:1112: in join\n    self._wait_for_tstate_lock()\n/usr/lib/python3.11/threading.py:1132: in _wait_for_tstate_lock\n    if lock.acquire(block, timeout):\nE   Failed: Timeout >5.0s';

	function stack(
		name: string,
		frames: Array<[path: string, fn: string, source: string]>,
	): string {
		return [
			`~~~~~~~~~~~~~~~ Stack of ${name} (140085236324032) ~~~~~~~~~~~~~~~~`,
			...frames.flatMap(([file, fn, source]) => [
				`  File "${file}", line 10, in ${fn}`,
				`    ${source}`,
			]),
			'',
		].join('\n');
	}

	function dump(...stacks: string[]): CapturedSection[] {
		return [
			{
				name: 'Captured stderr call',
				text: ['+++ Timeout +++', '', ...stacks].join('\n'),
			},
		];
	}

	const transfer = stack('Thread-2 (transfer)', [
		['/usr/lib/python3.11/threading.py', 'run', 'self._target()'],
		['/home/ci/shop/shop/holds.py', 'transfer', 'with self.locks[target]:'],
	]);
	const stubHandler = stack('Thread-7 (process_request_thread)', [
		['/usr/lib/python3.11/socketserver.py', 'finish_request', 'self.handle()'],
		[
			'/home/ci/shop/tests/conftest.py',
			'handle',
			'head = self.rfile.readline()',
		],
		[
			'/usr/lib/python3.11/socket.py',
			'readinto',
			'return self._sock.recv_into(b)',
		],
	]);
	const pluginServer = stack('Thread-1 (run_server)', [
		[
			'/usr/lib/python3/dist-packages/pytest_rerunfailures.py',
			'run_server',
			'conn, _ = self.sock.accept()',
		],
		['/usr/lib/python3.11/socket.py', 'accept', 'fd, addr = self._accept()'],
	]);
	const client = stack('Thread-3 (fetch)', [
		['/home/ci/shop/shop/client.py', 'fetch', 'return self.sock.recv(4096)'],
		['/usr/lib/python3.11/ssl.py', 'recv', 'return self._sslobj.read(len)'],
	]);

	test('a stub server’s handler reading the next request, even through a conftest handler', () => {
		expect(
			waitOf({traceback: lockWait, captured: dump(transfer, stubHandler)}),
		).toBe('locks');
	});

	test('a plugin’s server accepting, when it is the only thread dumped', () => {
		expect(waitOf({traceback: lockWait, captured: dump(pluginServer)})).toBe(
			'locks',
		);
	});

	test('a thread of the code reading from a service still is', () => {
		expect(
			waitOf({
				traceback: lockWait,
				captured: dump(transfer, stubHandler, client),
			}),
		).toBe('io');
	});
});

describe('a library refusing a setting the call hands it', () => {
	/** A library's error raised in a call the project's code made with this source line. */
	function calling(source: string, line: string, phase = 'call') {
		return {
			phase: phase as 'call',
			headline: line,
			exceptionType: line.split(':')[0],
			traceback: [
				'tests/test_a.py:3: in test_a',
				'    clinics.allowed()',
				'src/shop/clinics.py:28: in allowed',
				`    ${source}`,
				'/usr/lib/python3.11/ipaddress.py:83: in ip_network',
				'    raise ValueError("x")',
				`E   ${line}`,
			].join('\n'),
		};
	}

	test.each([
		'return [ipaddress.ip_network(n) for n in settings.ALLOWED_NETWORKS]',
		'return babel.numbers.format_currency(amount, "GBP", locale=config.locale)',
		'return dbm.open(os.environ["REGISTRY_PATH"], "r")',
		'return Maildir(os.getenv("RETURNS_MAILDIR"), create=False)',
		'engine = create_engine(CONFIG["database_url"])',
	])('%s', source => {
		expect(
			ruleFor(calling(source, 'ValueError: not a valid value: 10.0.0.0/33')),
		).toBe('setting-refused-by-library');
	});

	test('a call with its own values is the code’s; a token’s claims are the code’s check; a busy service is not the settings', () => {
		expect(
			ruleFor(
				calling(
					'return [ipaddress.ip_network(n) for n in networks]',
					'ValueError: not a valid value: 10.0.0.0/33',
				),
			),
		).toBe('library-error-from-app');
		expect(
			ruleFor(
				calling(
					'claims = jwt.decode(token, key, audience=settings.AUDIENCE)',
					'jwt.exceptions.InvalidAudienceError: Invalid audience',
				),
			),
		).toBe('token-claims-refused');
		expect(
			ruleFor(
				calling(
					'pop.pass_(settings.MAIL_PASSWORD)',
					'poplib.error_proto: -ERR mailbox busy, try again later',
				),
			),
		).not.toBe('setting-refused-by-library');
	});

	test('its reason names the setting the call reads', () => {
		expect(
			suggest(
				failure(
					calling(
						'return [ipaddress.ip_network(n) for n in settings.ALLOWED_NETWORKS]',
						'ValueError: not a valid value: 10.0.0.0/33',
					),
				),
				{rules: builtInRules},
			).reason,
		).toMatch(
			/^raised in a library at ipaddress\.py:83, called from app code at src\/shop\/clinics\.py:28; matched "settings\.ALLOWED_NETWORKS" in the call — /,
		);
	});

	test('a rules file can match the call, and `triage rules` shows it', () => {
		const loaded = loadRulesFile(
			JSON.stringify({
				rules: [
					{
						name: 'our settings',
						match: {callSource: 'Settings\\(\\)\\.\\w+', raisedIn: 'library'},
						category: 'CONFIGURATION',
						priority: 'LOW',
						reason: 'ours',
					},
				],
			}),
			'triage.rules.json',
		);
		if (!loaded.ok) {
			throw new Error(loaded.errors.join('\n'));
		}

		expect(
			suggest(
				failure(
					calling(
						'return lib.open(Settings().path)',
						'lib.Error: no such thing',
					),
				),
				{rules: loaded.ruleSet.rules},
			),
		).toMatchObject({rule: 'our settings'});
		expect(describeRules(loaded.ruleSet)).toContain(
			'when callSource /Settings\\(\\)\\.\\w+/, raised in library',
		);
	});
});
