/**
Helpers for writing built-in rules: the pattern that recognises an exception by its type or its message,
and a rule's twin for setup errors.
*/

import type {RuleSpec} from './types.js';

/**
An exception line (the headline or an `E` line) that starts with one of these types, module path
allowed, or one of the phrases anywhere: `DID NOT RAISE <class 'ConnectionRefusedError'>` is not a
refused connection.
*/
export function raised(types: string, phrases?: string): RegExp {
	const type = String.raw`(?:^|\n)(?:[\w.]+\.)?(?:${types})\b`;
	return new RegExp(phrases ? `${type}|${phrases}` : type);
}

/** A connection refused, in any client's words: no service listens where it was asked for. */
export const connectionRefused = raised(
	'ConnectionRefusedError',
	String.raw`Connection refused|\bECONNREFUSED\b|\[Errno 111\]|\[WinError 10061\]`,
);

/**
A rule and its twin for setup and collection errors, which come first and are one priority higher: when
a fixture or a module cannot start, every test that needs it fails the same way.
*/
export function higherAtSetup(
	spec: RuleSpec,
	priorityAtSetup: string,
): RuleSpec[] {
	return [
		{
			...spec,
			name: `${spec.name}-at-setup`,
			match: {...spec.match, phase: ['setup', 'collect']},
			priority: priorityAtSetup,
		},
		spec,
	];
}
