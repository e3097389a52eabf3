/**
Connections to a store still open, so that the CLI can end them when a command is done whatever path it
took (an error thrown between opening and closing would otherwise keep the process alive). Apart from
`connection.ts` so that the CLI does not load pg to ask.
*/

const closers = new Set<() => Promise<void>>();

/** Register a connection's closer; returns the function that unregisters it. */
export function trackOpen(close: () => Promise<void>): () => void {
	closers.add(close);
	return () => {
		closers.delete(close);
	};
}

/** End every connection still open. */
export async function closeAllStores(): Promise<void> {
	const all = [...closers];
	closers.clear();
	await Promise.all(all.map(async close => close()));
}
