/**
What an INTERNALERROR says went wrong, as one line, for the console log's warning and the JUnit XML's (its
`pytest.internal` pseudo test case): both read the same text, pytest's report of the first internal error.
*/
import {isTypedLine} from './exception-line.js';
import {isChainLine} from './traceback.js';

/**
The exception line of an INTERNALERROR's report (`lines` without `INTERNALERROR>`, trimmed, `E` prefixes dropped): the
last `Name: message` line (one that does not end in `:`, `Traceback:` heading a collection error's text, when there is
one), of the first exception where Python printed a chain (`During handling of the above exception …`): the cause, not
what raising it led to. xdist re-raises a worker's error as an `AssertionError` holding the worker's traceback, whose
chain (pytest-cov's `CoverageWarning`, then pluggy's warning of it, …) is in its `E` lines. Undefined when no line
reads as an exception's.
*/
export function internalErrorHeadline(
	lines: readonly string[],
): string | undefined {
	const chain = lines.findIndex(line => isChainLine(line));
	const cause = chain === -1 ? lines : lines.slice(0, chain);
	return (
		cause.findLast(line => isTypedLine(line) && !line.endsWith(':')) ??
		cause.findLast(line => isTypedLine(line))
	);
}
