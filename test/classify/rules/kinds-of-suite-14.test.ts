/**
Rules written after acceptance suite 14 (coldtrail) was measured blind (49 of 72), for kinds of failure it
showed that no rule knew or read otherwise: checked on that real run's log and XML, and on texts in other
words where the rule must not fire. Each is a kind (a directory server or a Kafka broker out of reach, no
Kerberos ticket, a client error carrying a 401, a time-series database that does not exist, a mail relay that
will not relay, a TLS handshake that gRPC reports as UNAVAILABLE, a token not valid yet, a JSON file that does
not parse at import), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-14.log', 'holdout-14.xml'])(
	'on the real run of suite 14 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test.each([
			// python-ldap's SERVER_DOWN: Can't contact LDAP server.
			[
				'test_operator_groups[qa-lead]',
				'service-unavailable',
				'ENVIRONMENT',
				'HIGH',
			],
			// confluent-kafka: KafkaError{code=_TRANSPORT,…,str="Failed to get metadata: Local: Broker transport failure"}.
			[
				'test_topic_has_partitions[coldtrail.readings]',
				'service-unavailable',
				'ENVIRONMENT',
				'HIGH',
			],
			// gssapi's MissingCredentialsError: No Kerberos credentials available.
			[
				'test_admin_api_negotiate_header',
				'credentials-rejected',
				'CONFIGURATION',
				'MEDIUM',
			],
			// InfluxDBClientError: 401: {"error": "authorization failed"}.
			[
				'test_latest_temperature_cached',
				'http-unauthorized',
				'CONFIGURATION',
				'MEDIUM',
			],
			// InfluxDBClientError: 404: {"error": "database not found: telemetry"}.
			[
				'test_latest_temperature_for_new_depot',
				'missing-database',
				'CONFIGURATION',
				'MEDIUM',
			],
			// smtplib.SMTPRecipientsRefused: … (550, b'5.7.1 Relaying denied: …').
			[
				'test_excursion_alert_mailed',
				'mail-relay-refused',
				'CONFIGURATION',
				'MEDIUM',
			],
			// gRPC UNAVAILABLE: … Ssl handshake failed: SSL_ERROR_SSL: … wrong version number.
			[
				'test_registry_over_tls',
				'certificate-untrusted',
				'CONFIGURATION',
				'MEDIUM',
			],
			// jwcrypto.jwt.JWTNotYetValid: Valid from …, time: … (leeway: 60).
			[
				'test_gateway_token_accepted_with_gateway_clock_ahead',
				'token-not-yet-valid',
				'CONFIGURATION',
				'MEDIUM',
			],
			// gRPC UNAVAILABLE with Connection refused stays an outage (the refusal's own rule, as before).
			[
				'test_device_known_to_registry[reefer-0042]',
				'connection-refused',
				'ENVIRONMENT',
				'HIGH',
			],
		] as const)('%s: %s', (name, rule, category, priority) => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule,
				category,
				priority,
			});
		});
		test('a JSON file read at import with a trailing comma stops collection: the configuration, HIGH', () => {
			const found = analysis.failures.find(
				({failure}) =>
					failure.phase === 'collect' &&
					failure.id === 'tests/core/test_routes.py',
			);
			expect(found?.suggestion).toMatchObject({
				rule: 'data-file-unparsable-at-collection',
				category: 'CONFIGURATION',
				priority: 'HIGH',
			});
		});
	},
);

describe('in other words', () => {
	test('librdkafka saying every broker is down is an outage', () => {
		expect(
			ruleFor({
				headline:
					'cimpl.KafkaException: KafkaError{code=_ALL_BROKERS_DOWN,val=-187,str="1/1 brokers are down"}',
				traceback: [
					'src/app/events.py:12: in publish',
					'    producer.flush(5)',
					'E   cimpl.KafkaException: KafkaError{code=_ALL_BROKERS_DOWN,val=-187,str="1/1 brokers are down"}',
				].join('\n'),
			}),
		).toBe('service-unavailable');
	});
	test('gRPC UNAVAILABLE over a certificate the client does not trust is the certificate, not an outage', () => {
		expect(
			ruleFor({
				headline:
					'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:',
				traceback: [
					'src/app/client.py:30: in fetch',
					'    return stub.Get(request, timeout=2)',
					'E   grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:',
					'E   \tstatus = StatusCode.UNAVAILABLE',
					'E   \tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:10.0.0.5:443: Ssl handshake failed: SSL_ERROR_SSL: error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED"',
					'E   >',
				].join('\n'),
			}),
		).toBe('certificate-untrusted');
	});
	test('a Postfix relay saying Relay access denied is the relay settings', () => {
		expect(
			ruleFor({
				headline:
					"smtplib.SMTPRecipientsRefused: {'ops@example.org': (554, b'5.7.1 <ops@example.org>: Relay access denied')}",
				traceback:
					"E   smtplib.SMTPRecipientsRefused: {'ops@example.org': (554, b'5.7.1 <ops@example.org>: Relay access denied')}",
			}),
		).toBe('mail-relay-refused');
	});
	test('a mailbox that does not exist is not the relay refusing to relay', () => {
		expect(
			ruleFor({
				headline:
					"smtplib.SMTPRecipientsRefused: {'nobody@example.org': (550, b'5.1.1 Mailbox unavailable')}",
				traceback:
					"E   smtplib.SMTPRecipientsRefused: {'nobody@example.org': (550, b'5.1.1 Mailbox unavailable')}",
			}),
		).not.toBe('mail-relay-refused');
	});
	test("python-jose's not-yet-valid token is a clock ahead, but PyJWT's ImmatureSignatureError for a not-before stays the code's check", () => {
		const frames = [
			'src/app/auth.py:40: in verify',
			'    return jwt.decode(token, key, algorithms=["RS256"])',
		];
		expect(
			ruleFor({
				headline:
					'jose.exceptions.JWTClaimsError: The token is not yet valid (nbf)',
				traceback: [
					...frames,
					'E   jose.exceptions.JWTClaimsError: The token is not yet valid (nbf)',
				].join('\n'),
			}),
		).toBe('token-not-yet-valid');
		expect(
			ruleFor({
				headline:
					'jwt.exceptions.ImmatureSignatureError: The token is not yet valid (nbf)',
				traceback: [
					...frames,
					'E   jwt.exceptions.ImmatureSignatureError: The token is not yet valid (nbf)',
				].join('\n'),
			}),
		).not.toBe('token-not-yet-valid');
	});
	test('an Elasticsearch-style client error with a 403 is the credentials', () => {
		expect(
			ruleFor({
				headline:
					'app.search.SearchClientError: 403: {"error": "action [indices:data/read] is unauthorized"}',
				traceback:
					'E   app.search.SearchClientError: 403: {"error": "action [indices:data/read] is unauthorized"}',
			}),
		).toBe('http-unauthorized');
	});
	test('a JSON body that does not parse in a test call is not a settings file at collection', () => {
		expect(
			ruleFor({
				headline:
					'json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
				traceback: [
					'src/app/client.py:18: in fetch',
					'    return json.loads(response.text)',
					'E   json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
				].join('\n'),
			}),
		).not.toBe('data-file-unparsable-at-collection');
	});
	test('a JSON file that does not parse at collection, from any module, is HIGH configuration', () => {
		expect(
			ruleFor({
				id: 'tests/test_a.py',
				phase: 'collect',
				outcome: 'error',
				headline:
					'json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 3 column 1 (char 40)',
				traceback: [
					'tests/test_a.py:3: in <module>',
					'    from app import zones',
					'src/app/zones.py:6: in <module>',
					'    ZONES = json.load(handle)',
					'E   json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 3 column 1 (char 40)',
				].join('\n'),
			}),
		).toBe('data-file-unparsable-at-collection');
	});
	test('no Kerberos ticket, in MIT Kerberos words through requests-gssapi, is the credentials', () => {
		expect(
			ruleFor({
				headline:
					'gssapi.raw.exceptions.MissingCredentialsError: Major (458752): No credentials were supplied, or the credentials were unavailable or inaccessible, Minor (2529639053): No Kerberos credentials available (default cache: KEYRING:persistent:1000)',
				traceback:
					'E   gssapi.raw.exceptions.MissingCredentialsError: Major (458752): No credentials were supplied, or the credentials were unavailable or inaccessible, Minor (2529639053): No Kerberos credentials available (default cache: KEYRING:persistent:1000)',
			}),
		).toBe('credentials-rejected');
	});
});
