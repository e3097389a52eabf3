/**
A store address that takes the connection and drops it before PostgreSQL answers (a firewall, a load balancer
with no server behind it, `10.255.255.1` here) said `connection lost (Connection terminated unexpectedly)`: no
connection was ever made. It says it could not connect, and to where, without the password (QA 34). And the words
after the store's name come from the error's fields, not from slicing its message at the first `: `.
*/
import net from 'node:net';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {
	connectStore,
	lostDetail,
	StoreError,
	storeErrorOf,
} from '../../source/store/connection.js';

/** A TCP server that takes each connection and ends it as `drop` says, before a byte of PostgreSQL. */
function listener(drop: (socket: net.Socket) => void): {
	server: net.Server;
	port: () => number;
} {
	const server = net.createServer(drop);
	return {server, port: () => (server.address() as net.AddressInfo).port};
}

const resetting = listener(socket => {
	socket.resetAndDestroy();
});
const closing = listener(socket => {
	socket.end();
});

beforeAll(async () => {
	for (const {server} of [resetting, closing]) {
		await new Promise<void>(resolve => {
			server.listen(0, '127.0.0.1', resolve);
		});
	}
});

afterAll(() => {
	resetting.server.close();
	closing.server.close();
});

describe('an address that drops the connection before PostgreSQL answers', () => {
	test.each([
		['resets it', resetting],
		['closes it', closing],
	])('%s: could not connect, to where, no password', async (_, {port}) => {
		const url = `postgresql://ada:s3cret@127.0.0.1:${port()}/x`;
		const error = await connectStore(url).then(
			() => undefined,
			(error: unknown) => error,
		);
		expect(error).toBeInstanceOf(StoreError);
		const {message, reason} = error as StoreError;
		expect(message).toMatch(
			new RegExp(
				`^store postgresql://ada@127\\.0\\.0\\.1:${port()}/x: could not connect to 127\\.0\\.0\\.1:${port()} \\(.+\\)$`,
			),
		);
		expect(message).not.toContain('lost');
		expect(message).not.toContain('s3cret');
		expect(reason).toBe('refused');
	});
});

describe("a lost connection's words", () => {
	test('come from its fields, whatever the store is called', () => {
		// A store's name can hold `: ` (an application_name): the detail was cut at it.
		const error = storeErrorOf(
			Object.assign(new Error('read ECONNRESET'), {code: 'ECONNRESET'}),
			'postgresql://ada@db/x?application_name=ci: nightly',
		);
		expect(error.message).toBe(
			'store postgresql://ada@db/x?application_name=ci: nightly: connection lost (read ECONNRESET)',
		);
		expect(lostDetail(error)).toBe('read ECONNRESET');
		const refused = storeErrorOf(
			Object.assign(new Error('connect ECONNREFUSED'), {
				code: 'ECONNREFUSED',
			}),
			'postgresql://ada@db/x?application_name=ci: nightly',
		);
		expect(lostDetail(refused)).toBe(
			'connection refused (is PostgreSQL running there?)',
		);
	});
});
