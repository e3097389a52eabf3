/**
The pattern built-in rules use to recognise an exception by its type or its message.
*/

/**
An exception line (the headline or an `E` line) that starts with one of these types, module path
allowed, or one of the phrases anywhere: `DID NOT RAISE <class 'ConnectionRefusedError'>` is not a
refused connection.
*/
export function raised(types: string, phrases?: string): RegExp {
	const type = String.raw`(?:^|\n)(?:[\w.]+\.)?(?:${types})\b`;
	return new RegExp(phrases ? `${type}|${phrases}` : type);
}
