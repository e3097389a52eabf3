/**
One bounded cache for the classifier's per-run work: failures of a run repeat a few thousand messages,
paths and signatures, so each is worked out once; a cache that reaches its bound starts again rather
than grow with a million-failure run.
*/
import {ownCopy} from '../text.js';

/**
The value kept for a key, or the one `compute` gives, kept (the map is emptied first when full). `keep`: the key
the cache keeps and `compute` works on, when it is not the one asked with (`rememberedText`).
*/
export function remembered<K, V>(
	cache: Map<K, V>,
	key: K,
	limit: number,
	compute: (key: K) => V,
	keep?: (key: K) => K,
): V {
	let value = cache.get(key);
	if (value === undefined) {
		if (cache.size >= limit) {
			cache.clear();
		}

		const kept = keep ? keep(key) : key;
		value = compute(kept);
		cache.set(kept, value);
	}

	return value;
}

/**
`remembered` for a text cut from a longer one (a frame's path from a traceback, a message from a headline):
the cache keeps a copy of its own, and `compute` works on that copy, so that neither the key nor what is
worked out from it (slices of it) keeps the longer text alive as long as the cache lives. Caches of the
process's whole life held 15,000 tracebacks this way on the 100 MB bench log.
*/
export function rememberedText<V>(
	cache: Map<string, V>,
	key: string,
	limit: number,
	compute: (key: string) => V,
): V {
	return remembered(cache, key, limit, compute, ownCopy);
}
