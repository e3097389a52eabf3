import {Readable} from 'node:stream';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';

/** Parses log text as if read from a file named `source`. */
export async function parseText(
	text: string | Uint8Array,
	source = 'test.log',
): Promise<Run> {
	const bytes =
		typeof text === 'string' ? Buffer.from(text) : Buffer.from(text);
	return readLog(source, {stream: Readable.from([bytes])});
}

/** `=` rule with a centered title, as pytest prints at 80 columns. */
export function rule(title: string, char = '='): string {
	const fill = Math.max(80 - title.length - 2, 2);
	const left = Math.floor(fill / 2);
	return `${char.repeat(left)} ${title} ${char.repeat(fill - left)}`;
}

export const header = [
	rule('test session starts'),
	'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0 -- /usr/bin/python3',
	'rootdir: /src/app, configfile: pytest.ini',
	'plugins: xdist-3.1.0, rerunfailures-10.2, timeout-2.1.0',
].join('\n');

/** A pytest 9.1 session's header as `-v` prints it, ending with `collected` (or xdist's `created: …` line) and a blank line. */
export function header9(collected = 'collected 3 items'): string {
	return [
		rule('test session starts'),
		'platform linux -- Python 3.11.7, pytest-9.1.1, pluggy-1.6.0 -- /opt/python3.11/bin/python',
		'rootdir: /src/app',
		collected,
		'',
	].join('\n');
}

/** A run as plain data: every report and every failure with its texts. */
export function plain(run: Run): unknown {
	const {tests, failures, ...rest} = run;
	return {
		...rest,
		tests: tests.toArray(),
		failures: failures.map(failure => ({
			...failure,
			traceback: failure.traceback,
			captured: failure.captured,
		})),
	};
}
