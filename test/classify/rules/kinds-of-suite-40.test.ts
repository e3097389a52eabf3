/**
Rules widened after acceptance suite 40 (pawstay) was measured blind (62 of 70 on its log and on its XML): checked on
that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rule must or must not fire.
The kind is not a word of the suite: a client the code writes itself over a raw socket (a websocket handshake, a
line protocol) says in its own error that the peer closed the connection before answering, as a library's
`RemoteDisconnected` does; the peer dropped the connection, whichever client noticed.
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

describe.each(['holdout-40.log', 'holdout-40.xml'])(
	'on the real run of suite 40 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('the code’s own error saying the camera closed the connection during the handshake is the peer’s', () => {
			expect(
				suggestionFor(analysis, 'test_camera_closes_at_handshake'),
			).toMatchObject({
				rule: 'connection-reset',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
	},
);

describe('a peer that closed the connection, in the words of the code’s own client', () => {
	function appError(message: string): string {
		return ruleFor({
			headline: message,
			traceback: [
				'tests/chaos/network/test_feed.py:12: in test_feed',
				'    feeds.open_feed(url)',
				'app/feeds.py:30: in open_feed',
				'    raise FeedError("…")',
				`E   ${message}`,
			].join('\n'),
		});
	}

	test.each([
		'app.feeds.FeedError: camera closed the connection during the websocket handshake',
		'app.mllp.MllpError: the peer closed the connection before the acknowledgement',
		'app.gateway.GatewayError: upstream closed the connection without a reply',
		'app.stream.StreamError: connection closed by peer while reading a frame',
		'app.stream.StreamError: Connection closed by the remote host',
	])('%s', message => {
		expect(appError(message)).toBe('connection-reset');
	});

	test.each([
		// The code closing its own connection, and psycopg2's words for a server gone, are not read so.
		'app.feeds.FeedError: feed already closed the connection; call open_feed() again',
		'psycopg2.OperationalError: server closed the connection unexpectedly',
		'app.feeds.FeedError: handshake refused: HTTP/1.1 403 Forbidden',
	])('not: %s', message => {
		expect(appError(message)).not.toBe('connection-reset');
	});
});
