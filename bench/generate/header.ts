/**
The session header pytest prints before the first test: the platform, cache and rootdir lines, the
plugins, and how many items were collected (or what the xdist workers report instead).
*/
import type {Flavor} from './environment.js';
import type {GenerateOptions} from './options.js';
import type {Output} from './output.js';
import {colors, type Painter, separator} from './paint.js';

/** Write the header of a run of `total` items, under xdist with `workerIds`. */
export function writeHeader(
	out: Output,
	paint: Painter,
	flavor: Flavor,
	options: GenerateOptions,
	total: number,
	workerIds: readonly string[],
): void {
	const isVerbose = options.verbosity === 'verbose';
	const isQuiet = options.verbosity === 'quiet';
	if (!isQuiet) {
		out.line(paint(separator('=', 'test session starts'), colors.bold));
		out.line(
			isVerbose
				? `${flavor.platform} -- ${flavor.executable}`
				: flavor.platform,
		);
		if (isVerbose) {
			out.line('cachedir: .pytest_cache');
		}

		for (const line of flavor.earlyLines) {
			out.line(line);
		}

		for (const line of flavor.rootdirLines) {
			out.line(line);
		}

		out.line(flavor.plugins);
		for (const line of flavor.lateLines) {
			out.line(line);
		}
	}

	if (options.xdist) {
		if (isQuiet) {
			out.line('bringing up nodes...');
			out.line('bringing up nodes...');
		} else if (flavor.major === '7') {
			out.line(workerIds.map(id => `${id} I`).join(' / '));
			if (isVerbose) {
				// xdist rewrites its status line: a carriage return starts each of these.
				for (const id of workerIds) {
					out.write(
						paint(`\r[${id}] Python ${flavor.sysVersion}\n`, colors.bold),
						'',
					);
				}
			}

			out.line(workerIds.map(id => `${id} [${total}]`).join(' / '));
		} else {
			out.line(`created: ${options.workers}/${options.workers} workers`);
			out.line(
				`${options.workers} workers [${total} item${total === 1 ? '' : 's'}]`,
			);
		}

		out.line('');
		if (isVerbose) {
			out.line('scheduling tests via LoadScheduling');
		}
	} else if (!isQuiet) {
		const collected = `collected ${total} item${total === 1 ? '' : 's'}`;
		if (isVerbose) {
			out.line(`${paint('collecting ... ', colors.bold)}${collected}`);
		} else {
			out.line(collected);
		}
	}
}
