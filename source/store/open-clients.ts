/**
Connections to a store still open, so that the CLI can end them when a command is done whatever path it
took (an error thrown between opening and closing would otherwise keep the process alive). Apart from
`connection.ts` so that the CLI does not load pg to ask.
*/

const closers = new Set<() => Promise<void>>();
/** Work to let finish; `say` tells the person, while it waits, what it waits for. */
type Finisher = (say: (line: string) => void) => Promise<string | undefined>;

const finishers = new Set<Finisher>();

/** Register a connection's closer; returns the function that unregisters it. */
export function trackOpen(close: () => Promise<void>): () => void {
	closers.add(close);
	return () => {
		closers.delete(close);
	};
}

/**
Register work to let finish before the connections close (a save in flight when the review quits): `finish`
waits for it (bounded) and says in one line what did not finish. Returns the function that unregisters it.
*/
export function trackPending(finish: Finisher): () => void {
	finishers.add(finish);
	return () => {
		finishers.delete(finish);
	};
}

/**
Let pending work finish, then end every connection still open; what did not finish, one line each. A wait that
lasts (a store that stopped answering) is told through `say` as it begins, not after seconds of a silent terminal.
*/
export async function closeAllStores(
	say: (line: string) => void = () => undefined,
): Promise<string[]> {
	const pending = [...finishers];
	finishers.clear();
	const problems = await Promise.all(pending.map(async finish => finish(say)));
	const all = [...closers];
	closers.clear();
	await Promise.all(all.map(async close => close()));
	return problems.filter(problem => problem !== undefined);
}
