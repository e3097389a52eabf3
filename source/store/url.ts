/**
Where a team's store is, said without loading pg: the URL's check, its name in messages (without the
password) and which setting is in effect. Every command asks these; only one that uses a store connects
(`connection.ts`, which loads pg).
*/

/** `postgres://` or `postgresql://`; anything else is bad usage. Returns undefined for a valid URL. */
export function storeUrlProblem(url: string): string | undefined {
	if (!/^postgres(?:ql)?:\/\//i.test(url)) {
		return `--store takes a PostgreSQL URL (postgresql://user@host/database), got ${JSON.stringify(nameOfStore(url).slice(0, 80))}`;
	}

	// A user without a host (`postgresql://ada@/triage?host=/var/run/postgresql`, a Unix socket) is no URL to
	// WHATWG, but is to libpq and to pg, which read it with a stand-in host: so is it here.
	for (const candidate of [url, url.replace('@/', '@host/')]) {
		try {
			// eslint-disable-next-line no-new
			new URL(candidate);
			return undefined;
		} catch {
			// Not this way.
		}
	}

	return `--store: not a valid URL: ${nameOfStore(url)}`;
}

/** Query parameters pg reads as a password (`?password=` wins over the one before the `@`). */
const secretParameter = /([?&])(?:ssl)?password=[^&#]*&?/gi;

/**
Where the user part of a URL ends: the last `@` before the query, counting only a `?` or `#` after the
first `@`, since a password typed unencoded may hold `/`, `?`, `#`, `:` or `@` itself. -1 for none.
*/
function userEnd(rest: string): number {
	const first = rest.indexOf('@');
	if (first === -1) {
		return -1;
	}

	const query = rest.slice(first).search(/[?#]/);
	return query === -1
		? rest.lastIndexOf('@')
		: rest.lastIndexOf('@', first + query);
}

/**
The URL as messages show it: without its password, wherever the URL holds one (`user:password@`, also
with `@`, `/` or `?` in it, or a `password` parameter). Better a name cut short than a password shown.
*/
export function nameOfStore(url: string): string {
	const scheme = /^[a-z][\w+.-]*:\/\//i.exec(url)?.[0] ?? '';
	let rest = url
		.slice(scheme.length)
		.replaceAll(secretParameter, (_, separator: string) => separator);
	rest = rest.replace(/[?&]$/, '').replace(/[?&]#/, '#');
	const end = userEnd(rest);
	const user = rest.slice(0, Math.max(end, 0));
	if (end !== -1 && user.includes(':')) {
		rest = `${user.slice(0, user.indexOf(':'))}${rest.slice(end)}`;
	}

	return scheme + rest;
}

/** Whether the URL holds a password (which a committed file must not). */
export function hasPassword(url: string): boolean {
	return nameOfStore(url) !== url.replace(/[?&]$/, '');
}

/** The store in effect: `--store`, else `TRIAGE_STORE`, else the rules file's `store`; undefined for none. */
export function storeUrlOf(
	flag: string | undefined,
	environment: string | undefined,
	rulesFile: string | undefined,
): string | undefined {
	for (const value of [flag, environment, rulesFile]) {
		if (value !== undefined && value.trim() !== '') {
			return value.trim();
		}
	}

	return undefined;
}

/**
The URL as pg should read it: `sslmode` meaning what it means to psql and every libpq client (`require`
encrypts without checking the certificate, `verify-ca` checks it against `sslrootcert`, `verify-full` also
checks the host). pg 8 reads `prefer`, `require` and `verify-ca` as `verify-full` and prints a ten-line
SECURITY WARNING that it will change; `uselibpqcompat=true` asks for libpq's meaning now (README: the store).
A URL that already says `uselibpqcompat` is left as it is.
*/
export function libpqUrl(url: string): string {
	const query = url.indexOf('?');
	if (query === -1) {
		return url;
	}

	const parameters = new URLSearchParams(url.slice(query + 1));
	const mode = parameters.get('sslmode');
	if (
		mode === null ||
		!['prefer', 'require', 'verify-ca'].includes(mode) ||
		parameters.has('uselibpqcompat')
	) {
		return url;
	}

	return `${url}&uselibpqcompat=true`;
}
