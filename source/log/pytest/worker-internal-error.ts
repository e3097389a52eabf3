/**
Whose INTERNALERROR a session printed. xdist's controller reports a worker's (`pytest_internalerror()` called on the
worker) through its own `worker_internal_error`, whose long report starts with that function's source (`def
worker_internal_error(self, node, formatted_error):`), then goes on: the other workers' tests still report, and pytest's
final line counts what ran (hunt 64, the fuzzer's seed 74693). pytest's own INTERNALERROR (`wrap_session` caught it,
exit status 3) is a native traceback (`Traceback (most recent call last):`) and ends the session, tests it collected
left unrun.
*/

const workersReport = 'def worker_internal_error(';
const nativeStart = 'Traceback (most recent call last):';

/**
Whether every INTERNALERROR of `lines` (`INTERNALERROR>` lines, that prefix cut and trimmed) is an xdist worker's that the
controller reported and went on from: the session was not ended by one.
*/
export function isWorkersOnly(lines: readonly string[]): boolean {
	return (
		lines.some(line => line.startsWith(workersReport)) &&
		!lines.includes(nativeStart)
	);
}
