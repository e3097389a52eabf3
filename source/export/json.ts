import type {Failure, Run, TestResult} from '../log/model.js';
import {unsafePattern} from '../log/sanitize.js';

/**
JSON.stringify escapes C0 controls but leaves DEL, C1 controls, U+2028/U+2029, bidi and zero-width
characters raw: in a terminal (`--json -`) a U+009B is a CSI. They become `\u` escapes; they can occur
only inside strings, where an escape means the same character.
*/
const rawInJson = new RegExp(unsafePattern.source, 'g');

function escapeJsonText(json: string): string {
	return json.replaceAll(
		rawInJson,
		character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

/** Extra per-failure fields from classification and decisions (later stages add to it). */
export type FailureExtras = (
	failure: Failure,
	run: Run,
) => Record<string, unknown>;

function failureJson(
	failure: Failure,
	run: Run,
	extras?: FailureExtras,
): Record<string, unknown> {
	return {
		id: failure.id,
		file: failure.file,
		outcome: failure.outcome,
		phase: failure.phase,
		headline: failure.headline,
		exceptionType: failure.exceptionType ?? null,
		location: failure.location ?? null,
		traceback: failure.traceback,
		captured: failure.captured,
		logLine: failure.logLine ?? null,
		...extras?.(failure, run),
	};
}

/** One test as JSON text; hand-built because it runs once per test of million-test logs. */
function testJson(test: TestResult): string {
	let text = `{"id":${JSON.stringify(test.id)},"outcome":"${test.outcome}"`;
	if (test.outcome === 'error') {
		text += `,"phase":"${test.phase}"`;
	}

	if (test.reruns) {
		text += `,"reruns":${test.reruns}`;
	}

	if (test.duration !== undefined) {
		text += `,"duration":${test.duration}`;
	}

	return `${text}}`;
}

/**
Writes `{"runs": […]}` piece by piece: a run with millions of tests never becomes one string (V8 strings stop at ~512 MB).
*/
export function writeJson(
	runs: readonly Run[],
	output: (text: string) => void,
	options: {
		extras?: FailureExtras;
		/** Extra run-level fields, written right after the run's `complete`, before its tests. */
		runFields?: (run: Run) => Record<string, unknown>;
		top?: Record<string, unknown>;
	} = {},
): void {
	const write = (text: string) => {
		output(escapeJsonText(text));
	};

	write('{"runs":[');
	for (const [runIndex, run] of runs.entries()) {
		const {tests, failures, ...rest} = run;
		const head = JSON.stringify({
			source: rest.source,
			format: rest.format,
			complete: rest.complete,
			...options.runFields?.(run),
			counts: rest.counts,
			reportedCounts: rest.reportedCounts ?? null,
			header: rest.header,
			warnings: rest.warnings,
			...(rest.session !== undefined && {session: rest.session}),
			...(rest.shards && {shards: rest.shards}),
			...(rest.retries && {
				retries: rest.retries.map(retry => ({
					id: retry.id,
					attempt: retry.attempt,
					outcome: retry.outcome,
					phase: retry.phase,
				})),
			}),
		});
		write(`${runIndex > 0 ? ',' : ''}\n${head.slice(0, -1)},"tests":[`);
		writeArray(tests, testJson, write, true);
		write('],"failures":[');
		writeArray(
			failures,
			failure => failureJson(failure, run, options.extras),
			write,
		);
		write(']}');
	}

	write('\n]');
	for (const [key, value] of Object.entries(options.top ?? {})) {
		write(`,${JSON.stringify(key)}:${JSON.stringify(value)}`);
	}

	write('}\n');
}

function writeArray<T>(
	items: readonly T[],
	toJson: (item: T) => unknown,
	write: (text: string) => void,
	isText = false,
): void {
	let batch = '';
	for (const [index, item] of items.entries()) {
		const json = isText
			? (toJson(item) as string)
			: JSON.stringify(toJson(item));
		batch += (index > 0 ? ',\n' : '\n') + json;
		if (batch.length >= 1 << 16) {
			write(batch);
			batch = '';
		}
	}

	if (batch.length > 0) {
		write(batch);
	}
}
