/** A clock for tests: `start` at its first call, then a second later at each call. */
export function fakeClock(start = '2026-11-23T10:00:00.000Z'): () => Date {
	let time = Date.parse(start);
	return () => {
		const date = new Date(time);
		time += 1000;
		return date;
	};
}
