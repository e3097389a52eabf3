/**
Rules written after acceptance suite 27 (wavecrest) was measured blind (58 of 65), for kinds of failure it showed
that a rule read otherwise: checked on that real run's log and XML (Debian's pytest 7.2), and on texts in other
words where the rule must or must not fire. Each is a kind (a connection lost mid-exchange, a client that read an
SSH server's banner, a sum of floats off a whole number by rounding alone), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-27.log', 'holdout-27.xml'])(
	'on the real run of suite 27 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test("python-mpd2's `Connection lost while reading line` is a dropped connection, not one never made", () => {
			expect(
				suggestionFor(analysis, 'test_playout_daemon_drops_connection'),
			).toMatchObject({
				rule: 'connection-reset',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
		test("an SSH server's banner where MPD's hello was expected is another service on the port", () => {
			expect(
				suggestionFor(analysis, 'test_playout_port_speaks_something_else'),
			).toMatchObject({
				rule: 'wrong-protocol',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
		test('a sum of float shares one rounding short of 1.0 is compared exactly by the test', () => {
			expect(suggestionFor(analysis, 'test_shares_sum_to_one')).toMatchObject({
				rule: 'float-arithmetic-compared-exactly',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
	},
);

const inLibrary = (headline: string) => ({
	headline,
	traceback: [
		'tests/test_a.py:9: in test_a',
		'    assert client.status()',
		'app/client.py:30: in status',
		'    return self.conn.command("status")',
		'/usr/lib/python3/dist-packages/peer/base.py:571: in _read_line',
		'    raise ConnectionError(message)',
		`E   ${headline}`,
	].join('\n'),
});

const sumInTest = (assertion: string, sum: string) => ({
	headline: `AssertionError: ${assertion}`,
	traceback: [
		'tests/test_a.py:9: in test_a',
		'    assert sum(shares(split)) == 1.0',
		`E   ${assertion}`,
		`E    +  where ${sum}`,
	].join('\n'),
});

describe('in other words', () => {
	test('a connection lost while reading or writing is dropped; a connection error with no such words is not', () => {
		for (const headline of [
			'mpd.base.ConnectionError: Connection lost while reading line',
			'mpd.base.ConnectionError: Connection lost while reading MPD hello',
			'app.errors.LinkError: Connection lost while sending frame 3',
		]) {
			expect(ruleFor(inLibrary(headline))).toBe('connection-reset');
		}

		expect(
			ruleFor(inLibrary('mpd.base.ConnectionError: Not connected')),
		).not.toBe('connection-reset');
	});
	test("an SSH banner quoted as a hello, greeting or reply; one named in the client's own words is not", () => {
		for (const headline of [
			"mpd.base.ProtocolError: Got invalid MPD hello: 'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3'",
			"app.errors.ProtocolError: unexpected greeting: b'SSH-2.0-dropbear_2022.83\\r\\n'",
			'app.errors.ProtocolError: bad reply from server: "SSH-1.99-Cisco-1.25"',
		]) {
			expect(ruleFor(inLibrary(headline))).toBe('wrong-protocol');
		}

		// An SSH client's own error about a banner is not another service on the port.
		expect(
			ruleFor(
				inLibrary(
					'paramiko.ssh_exception.SSHException: Error reading SSH protocol banner',
				),
			),
		).not.toBe('wrong-protocol');
		// A reply that is not an SSH banner.
		expect(
			ruleFor(
				inLibrary(
					"mpd.base.ProtocolError: Got invalid MPD hello: 'OK MPX 1.0'",
				),
			),
		).not.toBe('wrong-protocol');
	});
	test('a sum of floats off the other side by rounding alone, whole or not, either way round', () => {
		for (const [assertion, sum] of [
			[
				'assert 0.9999999999999999 == 1.0',
				'0.9999999999999999 = sum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, ...])',
			],
			[
				'assert 1.0 == 0.9999999999999999',
				'0.9999999999999999 = sum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, ...])',
			],
			[
				'assert 1.0000000000000002 == 1',
				'1.0000000000000002 = sum([0.2, 0.2, 0.2, 0.2, 0.2, 0.2])',
			],
			[
				'assert 2.6999999999999997 == 2.7',
				'2.6999999999999997 = sum([0.9, 0.9, 0.9])',
			],
			[
				'assert 3.0000000000000004 == 3.0',
				'3.0000000000000004 = sum([1.1, 0.9, 1.0])',
			],
		] as const) {
			expect(ruleFor(sumInTest(assertion, sum))).toBe(
				'float-arithmetic-compared-exactly',
			);
		}

		// A sum off by more than rounding is a wrong value, whole number or not.
		for (const [assertion, sum] of [
			[
				'assert 0.9999999999999999 == 2.0',
				'0.9999999999999999 = sum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, ...])',
			],
			[
				'assert 90.00000000000001 == 91',
				'90.00000000000001 = sum([30.1, 29.9, 30.0])',
			],
			['assert 0.9 == 1.0', '0.9 = sum([0.1, 0.2, 0.6])'],
		] as const) {
			expect(ruleFor(sumInTest(assertion, sum))).not.toBe(
				'float-arithmetic-compared-exactly',
			);
		}
	});
});
