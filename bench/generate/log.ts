/**
The log: the session header, progress lines, ERRORS and FAILURES, warnings summary, short test
summary and the final counts line, generated in chunks.
*/
import {flavors} from './environment.js';
import {type Context, crashMessage} from './failure.js';
import {writeHeader} from './header.js';
import {kinds} from './kinds.js';
import {
	type Counts,
	type GenerateOptions,
	type RunSummary,
	resolveOptions,
} from './options.js';
import {
	Output,
	countKeys,
	formatSeconds,
	formatTrimmed,
	letters,
	mainColor,
	percent,
	stripAnsi,
	wordColor,
	words,
} from './output.js';
import {colors, esc, makePainter, separator} from './paint.js';
import {type Plan, type TestReport, planTest} from './plan.js';
import {Random, hashNumbers, hashString, unit} from './random.js';
import {paintLogLine, renderChain, renderFixtureLookup} from './render.js';
import {type TestItem, buildSuite, headline, iterateItems} from './suite.js';

type Recorded = {
	readonly item: TestItem;
	readonly report: TestReport;
	readonly worker?: number;
};

const chunkSize = 1 << 16;

/**
Generate a log, in chunks of about 64 KiB. The return value summarizes what was printed.
Memory stays small for any size: only failures and warnings are kept until the end.
*/
export function* generateLog(
	input: Partial<GenerateOptions> = {},
): Generator<string, RunSummary> {
	const options = resolveOptions(input);
	const flavor = flavors[options.pytest];
	const paint = makePainter(options.color);
	const out = new Output(options.color, options.nonAscii);
	const suite = buildSuite(options);
	const total = suite.total;
	const isVerbose = options.verbosity === 'verbose';
	const isQuiet = options.verbosity === 'quiet';
	const counts: Counts = {
		failed: 0,
		passed: 0,
		skipped: 0,
		xfailed: 0,
		xpassed: 0,
		warnings: 0,
		errors: 0,
	};
	const errorRecords: Recorded[] = [];
	const failureRecords: Recorded[] = [];
	const warned: string[] = [];
	let seconds = 0;

	const workerIds = Array.from(
		{length: options.workers},
		(_, index) => `gw${index}`,
	);
	writeHeader(out, paint, flavor, options, total, workerIds);

	// Running the tests
	let done = 0;
	let currentFile: string | undefined;
	const tmp = `/tmp/pytest-of-ci/pytest-${hashNumbers(options.seed, options.run) % 9000}`;
	const moduleFactors = new Map<string, number>();
	const plan = (item: TestItem): Plan => {
		let factor = moduleFactors.get(item.file);
		if (factor === undefined) {
			factor = 0.6 + unit(hashString(item.file, options.seed ^ 0x5e_ed)) * 0.8;
			moduleFactors.set(item.file, factor);
		}

		return planTest(item, options, factor);
	};

	const record = (item: TestItem, report: TestReport, worker?: number) => {
		switch (report.outcome) {
			case 'failed': {
				counts.failed++;
				failureRecords.push({item, report, worker});
				break;
			}

			case 'error': {
				counts.errors++;
				errorRecords.push({item, report, worker});
				break;
			}

			default: {
				counts[report.outcome]++;
			}
		}
	};

	const noteWarning = (testPlan: Plan) => {
		if (testPlan.hasWarning) {
			counts.warnings++;
			warned.push(testPlan.item.id);
		}
	};

	const progressColor = () => mainColor(counts, done === total);

	/** The `-v` line of one report (without xdist). */
	const verboseLine = (item: TestItem, report: TestReport): string => {
		const prefix = `${item.id} `;
		const word = words[report.outcome];
		let width = prefix.length + word.length;
		let text = prefix + paint(word, wordColor[report.outcome]);
		if (report.reason !== undefined) {
			const reason = formatTrimmed(
				' ({})',
				report.reason,
				80 - width - ' [100%]'.length - 1,
			);
			if (reason !== undefined) {
				text += reason;
				width += reason.length;
			}
		}

		const progress = percent(done, total).padStart(80 - width - 1);
		return text + paint(progress, progressColor());
	};

	/** Letters of default verbosity and `-q`, then pytest's line wrapping at each test's end. */
	const writeLetters = (testPlan: Plan) => {
		for (const report of testPlan.reports) {
			out.write(
				paint(letters[report.outcome], wordColor[report.outcome]),
				letters[report.outcome],
			);
		}

		done++;
		const progress = percent(done, total);
		if (done === total) {
			out.write(
				paint(progress.padStart(80 - out.column - 1), progressColor()),
				progress.padStart(80 - out.column - 1),
			);
		} else if (out.column + progress.length + 1 >= 80) {
			out.write(paint(`${progress}\n`, progressColor()), '\n');
		}
	};

	if (options.xdist) {
		if (isVerbose) {
			out.line('');
		}

		// Workers pull the next test when free; reports arrive in completion order.
		const items = iterateItems(suite);
		type Running = {testPlan: Plan; finish: number};
		const running: Array<Running | undefined> = [];
		let clock = 0;
		const start = (worker: number, at: number) => {
			const next = items.next();
			if (next.done) {
				running[worker] = undefined;
				return;
			}

			const testPlan = plan(next.value);
			const jitter =
				unit(hashNumbers(testPlan.item.hash, options.run, 77)) * 0.02;
			running[worker] = {testPlan, finish: at + testPlan.seconds + jitter};
			if (isVerbose) {
				out.line(`${testPlan.item.id} `);
			}
		};

		for (let worker = 0; worker < options.workers; worker++) {
			start(worker, unit(hashNumbers(options.seed, worker, 5)) * 0.3);
		}

		for (;;) {
			let next = -1;
			for (let worker = 0; worker < running.length; worker++) {
				const candidate = running[worker];
				const best = next === -1 ? undefined : running[next];
				if (
					candidate !== undefined &&
					(best === undefined || candidate.finish < best.finish)
				) {
					next = worker;
				}
			}

			const finished = running[next];
			if (finished === undefined) {
				break;
			}

			clock = finished.finish;
			const {testPlan} = finished;
			noteWarning(testPlan);
			if (isVerbose) {
				done++;
				for (const report of testPlan.reports) {
					record(testPlan.item, report, next);
					const progress = paint(`${percent(done, total)} `, colors.cyan);
					out.line(
						`[${workerIds[next] ?? ''}]${progress}${paint(words[report.outcome], wordColor[report.outcome])} ${testPlan.item.id} `,
					);
				}
			} else {
				for (const report of testPlan.reports) {
					record(testPlan.item, report, next);
				}

				writeLetters(testPlan);
			}

			start(next, clock);
			const chunk = out.take(chunkSize);
			if (chunk !== undefined) {
				yield chunk;
			}
		}

		seconds = clock + 2.1 + unit(hashNumbers(options.seed, options.run, 3));
		if (isVerbose) {
			out.line('');
		} else {
			out.line();
		}
	} else {
		if (isVerbose) {
			out.line('');
		}

		for (const item of iterateItems(suite)) {
			const testPlan = plan(item);
			noteWarning(testPlan);
			seconds += testPlan.seconds;
			if (isVerbose) {
				done++;
				for (const report of testPlan.reports) {
					record(item, report);
					out.line(verboseLine(item, report));
				}
			} else {
				for (const report of testPlan.reports) {
					record(item, report);
				}

				if (!isQuiet && item.file !== currentFile) {
					if (currentFile !== undefined) {
						const progress = percent(done, total).padStart(80 - out.column - 1);
						out.write(paint(progress, progressColor()), progress);
					}

					out.line();
					out.write(`${item.file} `);
				}

				currentFile = item.file;
				writeLetters(testPlan);
			}

			const chunk = out.take(chunkSize);
			if (chunk !== undefined) {
				yield chunk;
			}
		}

		seconds += 0.4 + unit(hashNumbers(options.seed, options.run, 3));
		if (isVerbose) {
			out.line('');
		} else {
			out.line();
			if (!isQuiet) {
				out.line('');
			}
		}
	}

	// The sections after the run
	const renderText = (
		recorded: Recorded,
	): {lines: string[]; message?: string} => {
		const {item, report} = recorded;
		const random = new Random(
			hashNumbers(item.hash, options.run, report.phase.length),
		);
		const context: Context = {item, random, flavor, phase: report.phase, tmp};
		const text = kinds[report.kind ?? 'assertion'](context);
		const lines: string[] = [];
		if (recorded.worker !== undefined) {
			lines.push(
				`[${workerIds[recorded.worker] ?? 'gw0'}] linux -- Python ${flavor.python} ${flavor.executable}`,
			);
		}

		if (text.fixtureLookup === undefined) {
			lines.push(...renderChain(text, flavor, paint, options.color));
		} else {
			lines.push(...renderFixtureLookup(item, text.fixtureLookup, paint));
		}

		for (const section of text.sections ?? []) {
			lines.push(separator('-', section.title));
			for (const line of section.lines) {
				lines.push(section.isLog ? paintLogLine(line, options.color) : line);
			}
		}

		return {lines, message: crashMessage(text)};
	};

	const summaryFailed: string[] = [];
	const summaryErrors: string[] = [];
	const summaryLine = (word: string, item: TestItem, message?: string) => {
		const node = options.color
			? `${item.file}::${paint(item.id.slice(item.file.length + 2), colors.bold)}`
			: item.id;
		let line = `${paint(word, colors.red)} ${node}`;
		if (message !== undefined) {
			// pytest measures the line with wcswidth, which gives -1 once escape codes are in it.
			const available = options.color ? 81 : 80 - stripAnsi(line).length;
			const trimmed = formatTrimmed(' - {}', message, available);
			if (trimmed !== undefined) {
				line += trimmed;
			}
		}

		return line;
	};

	if (errorRecords.length > 0) {
		out.line(separator('=', 'ERRORS'));
		for (const recorded of errorRecords) {
			const title = `ERROR at ${recorded.report.phase} of ${headline(recorded.item)}`;
			out.line(paint(separator('_', title), colors.red, colors.bold));
			const {lines, message} = renderText(recorded);
			for (const line of lines) {
				out.line(line);
			}

			summaryErrors.push(summaryLine('ERROR', recorded.item, message));
			const chunk = out.take(chunkSize);
			if (chunk !== undefined) {
				yield chunk;
			}
		}
	}

	if (failureRecords.length > 0) {
		out.line(separator('=', 'FAILURES'));
		for (const recorded of failureRecords) {
			out.line(
				paint(separator('_', headline(recorded.item)), colors.red, colors.bold),
			);
			const {lines, message} = renderText(recorded);
			for (const line of lines) {
				out.line(line);
			}

			summaryFailed.push(summaryLine('FAILED', recorded.item, message));
			const chunk = out.take(chunkSize);
			if (chunk !== undefined) {
				yield chunk;
			}
		}
	}

	if (warned.length > 0) {
		out.line(paint(separator('=', 'warnings summary'), colors.yellow));
		if (warned.length < 10) {
			for (const id of warned) {
				out.line(id);
			}
		} else {
			const perFile = new Map<string, number>();
			for (const id of warned) {
				const file = id.slice(0, id.indexOf('::'));
				perFile.set(file, (perFile.get(file) ?? 0) + 1);
			}

			for (const [file, count] of perFile) {
				out.line(`${file}: ${count} warning${count === 1 ? '' : 's'}`);
			}
		}

		const {warning} = flavor;
		out.line(`  ${warning.file}:${warning.line}: ${warning.text}`);
		out.line(`    ${warning.source}`);
		out.line('');
		out.line(
			'-- Docs: https://docs.pytest.org/en/stable/how-to/capture-warnings.html',
		);
	}

	if (summaryFailed.length + summaryErrors.length > 0) {
		out.line(
			paint(
				separator('=', 'short test summary info'),
				colors.cyan,
				colors.bold,
			),
		);
		for (const line of [...summaryFailed, ...summaryErrors]) {
			out.line(line);
		}
	}

	// The final line
	const main = mainColor(counts, true);
	const plainParts: string[] = [];
	const paintedParts: string[] = [];
	for (const [key, singular, plural] of countKeys) {
		const count = counts[key];
		if (count > 0) {
			const text = `${count} ${count === 1 ? singular : plural}`;
			const color =
				key === 'failed' || key === 'errors'
					? colors.red
					: key === 'passed'
						? colors.green
						: colors.yellow;
			plainParts.push(text);
			paintedParts.push(
				color === main ? paint(text, color, colors.bold) : paint(text, color),
			);
		}
	}

	const duration = ` in ${formatSeconds(seconds)}`;
	const plainMessage =
		(plainParts.length > 0 ? plainParts.join(', ') : 'no tests ran') + duration;
	let paintedMessage =
		(paintedParts.length > 0 ? paintedParts.join(', ') : 'no tests ran') +
		paint(duration, main);
	if (isQuiet) {
		out.line(paint(paintedMessage, main));
	} else {
		if (options.color) {
			paintedMessage += `${esc}${main}m`;
		}

		out.line(paint(separator('=', paintedMessage, 80, plainMessage), main));
	}

	const last = out.take();
	if (last !== undefined) {
		yield last;
	}

	return {
		collected: total,
		counts,
		failedIds: failureRecords.map(recorded => recorded.item.id),
		errorIds: errorRecords.map(recorded => recorded.item.id),
		seconds,
	};
}
