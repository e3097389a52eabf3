import {Buffer} from 'node:buffer';
import net from 'node:net';

/**
A server that accepts the startup (AuthenticationOk, ReadyForQuery) and then never answers nor closes:
a PostgreSQL stopped with SIGSTOP, a host gone behind a firewall that drops packets.
*/
export async function silentServer(): Promise<{
	url: string;
	connections: () => number;
	close: () => void;
}> {
	const sockets = new Set<net.Socket>();
	let connections = 0;
	// A process that stopped never closes its side: the client's end() is not answered.
	const server = net.createServer({allowHalfOpen: true}, socket => {
		sockets.add(socket);
		connections++;
		socket.once('data', () => {
			socket.write(
				Buffer.from([
					// 'R' AuthenticationOk
					0x52, 0, 0, 0, 8, 0, 0, 0, 0,
					// 'Z' ReadyForQuery, idle
					0x5a, 0, 0, 0, 5, 0x49,
				]),
			);
		});
		// Everything after the startup goes unanswered; the socket stays open.
		socket.on('error', () => undefined);
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as net.AddressInfo;
	return {
		url: `postgresql://ada@127.0.0.1:${port}/triage`,
		connections: () => connections,
		close() {
			for (const socket of sockets) {
				socket.destroy();
			}

			server.close();
		},
	};
}
