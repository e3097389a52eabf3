/**
One bounded cache for the classifier's per-run work: failures of a run repeat a few thousand messages,
paths and signatures, so each is worked out once; a cache that reaches its bound starts again rather
than grow with a million-failure run.
*/

/** The value kept for a key, or the one `compute` gives, kept (the map is emptied first when full). */
export function remembered<K, V>(
	cache: Map<K, V>,
	key: K,
	limit: number,
	compute: (key: K) => V,
): V {
	let value = cache.get(key);
	if (value === undefined) {
		if (cache.size >= limit) {
			cache.clear();
		}

		value = compute(key);
		cache.set(key, value);
	}

	return value;
}
