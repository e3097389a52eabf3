/**
What Python prints as an exception's last line (`Name: message`, `pkg.Name`): the traceback reader's test of
a candidate headline, shared with its reader of exception groups.
*/

/** `Name: message` or `Name` alone: what Python prints as an exception's last line. */
export const typedLine = /^([A-Za-z_][\w.]*)(?::(?:\s|$)|$)/;

/** Whether a line reads `Name: message` or `Name` (any case): a candidate exception line. */
export function isTypedLine(line: string): boolean {
	return typedLine.test(line);
}

/** `Name: message` or `pkg.Name` where the last dotted part is capitalized: `psycopg2.OperationalError: …`, `Failed: Timeout`. */
export function isExceptionLine(line: string): boolean {
	const typed = typedLine.exec(line);
	return typed !== null && /^_*[A-Z]/.test(typed[1]!.split('.').pop()!);
}
