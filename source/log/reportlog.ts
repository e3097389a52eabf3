import {
	emptyCounts,
	fileOfId,
	type CapturedSection,
	type Failure,
	type FailureListener,
	type Outcome,
	type Phase,
	type Run,
	type TestResult,
	type Warning,
} from './model.js';
import {
	describeMessage,
	describeTraceback,
	toErrorLine,
	toFrameEndLine,
} from './traceback.js';
import {stripAnsi} from './ansi.js';

/**
pytest-reportlog (`--report-log FILE`): one JSON object per line, with exact node ids. Each test has a setup, call and teardown report; they fold into pytest's outcomes the same way the terminal counts them.
*/

type Report = {
	$report_type?: string;
	nodeid?: string;
	when?: 'setup' | 'call' | 'teardown';
	outcome?: 'passed' | 'failed' | 'skipped';
	longrepr?: unknown;
	wasxfail?: string;
	duration?: number;
	sections?: Array<[string, string]>;
	location?: [string, number | null, string];
	exitstatus?: number;
	pytest_version?: string;
};

type TestState = {
	id: string;
	main?: Outcome;
	mainPhase: Phase;
	mainReport?: Report;
	teardownReport?: Report;
	duration?: number;
};

function longreprLines(longrepr: unknown): string[] {
	if (typeof longrepr === 'string') {
		return longrepr.split('\n');
	}

	if (!longrepr || typeof longrepr !== 'object') {
		return [];
	}

	const lines: string[] = [];
	const record = longrepr as {
		reprtraceback?: {
			reprentries?: Array<{
				data?: {
					lines?: string[];
					reprfileloc?: {path: string; lineno: number; message: string};
				};
			}>;
		};
		chain?: Array<
			[
				{
					reprentries?: Array<{
						data?: {
							lines?: string[];
							reprfileloc?: {path: string; lineno: number; message: string};
						};
					}>;
				},
				unknown,
				string | null,
			]
		>;
		reprcrash?: {path: string; lineno: number; message: string};
	};
	const traceback = record.chain?.length
		? record.chain.map(link => link[0])
		: [record.reprtraceback ?? {}];
	for (const part of traceback) {
		for (const entry of part.reprentries ?? []) {
			lines.push(...(entry.data?.lines ?? []));
			const location = entry.data?.reprfileloc;
			if (location) {
				lines.push(
					'',
					toFrameEndLine(location.path, location.lineno, location.message),
				);
			}
		}
	}

	if (lines.length === 0 && record.reprcrash) {
		lines.push(toErrorLine(record.reprcrash.message));
	}

	return lines;
}

export class ReportlogParser {
	private readonly tests = new Map<string, TestState>();
	private readonly collectErrors: Array<{id: string; report: Report}> = [];
	private readonly warnings: Warning[] = [];
	private hasReports = false;
	private hasFinish = false;
	private readonly header: {pytest?: string} = {};

	private readonly source: string;
	private readonly onFailure: FailureListener | undefined;

	constructor(source: string, onFailure?: FailureListener) {
		this.source = source;
		this.onFailure = onFailure;
	}

	/** True once a record of this session was read: a further `SessionStart` opens the next session. */
	get hasRecords(): boolean {
		return this.hasReports;
	}

	line(text: string, lineNumber: number): void {
		if (text.trim() === '') {
			return;
		}

		let report: Report;
		try {
			report = JSON.parse(text) as Report;
		} catch {
			this.warnings.push({
				line: lineNumber,
				message: 'not a JSON line; skipped (a torn write?)',
			});
			return;
		}

		switch (report.$report_type) {
			case 'SessionStart': {
				this.hasReports = true;
				if (report.pytest_version) {
					this.header.pytest = report.pytest_version;
				}

				break;
			}

			case 'SessionFinish': {
				this.hasFinish = true;
				break;
			}

			case 'CollectReport': {
				this.hasReports = true;
				if (report.outcome === 'failed' && report.nodeid !== undefined) {
					this.collectErrors.push({id: report.nodeid, report});
				}

				break;
			}

			case 'TestReport': {
				this.hasReports = true;
				this.onTestReport(report);
				break;
			}

			default: {
				break;
			}
		}
	}

	finish(extraWarnings: readonly Warning[] = []): Run | undefined {
		if (!this.hasReports) {
			return undefined;
		}

		const tests: TestResult[] = [];
		const failures: Failure[] = [];
		const counts = emptyCounts();
		for (const {id, report} of this.collectErrors) {
			tests.push({id, file: fileOfId(id), outcome: 'error', phase: 'collect'});
			counts.error++;
			failures.push(this.failureOf(id, 'error', 'collect', report));
		}

		for (const state of this.tests.values()) {
			const file = fileOfId(state.id);
			if (state.main) {
				const phase = state.main === 'error' ? state.mainPhase : 'call';
				tests.push({
					id: state.id,
					file,
					outcome: state.main,
					phase,
					...(state.duration !== undefined && {duration: state.duration}),
				});
				counts[state.main]++;
				if (
					(state.main === 'failed' || state.main === 'error') &&
					state.mainReport
				) {
					failures.push(
						this.failureOf(state.id, state.main, phase, state.mainReport),
					);
				}
			}

			if (state.teardownReport) {
				tests.push({id: state.id, file, outcome: 'error', phase: 'teardown'});
				counts.error++;
				failures.push(
					this.failureOf(state.id, 'error', 'teardown', state.teardownReport),
				);
			}
		}

		const warnings = [...extraWarnings, ...this.warnings];
		if (!this.hasFinish) {
			warnings.push({
				line: 0,
				message:
					'no SessionFinish record: the run was interrupted or the file is truncated',
			});
		}

		return {
			source: this.source,
			format: 'reportlog',
			header: this.header,
			tests,
			failures,
			counts,
			complete: this.hasFinish,
			warnings,
		};
	}

	private onTestReport(report: Report): void {
		const id = report.nodeid;
		if (id === undefined) {
			return;
		}

		let state = this.tests.get(id);
		if (!state) {
			state = {id, mainPhase: 'call'};
			this.tests.set(id, state);
		}

		if (typeof report.duration === 'number') {
			state.duration = (state.duration ?? 0) + report.duration;
		}

		const isXfail = report.wasxfail !== undefined;
		if (report.outcome === 'failed' && !isXfail) {
			this.onFailure?.(id, report.when === 'call' ? 'failed' : 'error');
		}

		switch (report.when) {
			case 'setup': {
				if (report.outcome === 'failed') {
					state.main = 'error';
					state.mainPhase = 'setup';
					state.mainReport = report;
				} else if (report.outcome === 'skipped') {
					state.main = isXfail ? 'xfailed' : 'skipped';
				}

				break;
			}

			case 'call': {
				if (report.outcome === 'passed') {
					state.main = isXfail ? 'xpassed' : 'passed';
				} else if (report.outcome === 'skipped') {
					state.main = isXfail ? 'xfailed' : 'skipped';
				} else {
					state.main = 'failed';
					state.mainReport = report;
				}

				break;
			}

			case 'teardown': {
				if (report.outcome === 'failed') {
					if (state.main) {
						state.teardownReport = report;
					} else {
						state.main = 'error';
						state.mainPhase = 'teardown';
						state.mainReport = report;
					}
				}

				break;
			}

			default: {
				break;
			}
		}
	}

	private failureOf(
		id: string,
		outcome: 'failed' | 'error',
		phase: Phase,
		report: Report,
	): Failure {
		// As in console logs: colour codes from --color=yes are not part of the text.
		const lines = longreprLines(report.longrepr).map(line => stripAnsi(line));
		const described = describeTraceback(lines);
		const crash = (
			report.longrepr as
				| {reprcrash?: {path: string; lineno: number; message: string}}
				| undefined
		)?.reprcrash;
		let {headline} = described;
		if (crash?.message) {
			const fromCrash = describeMessage(
				stripAnsi(crash.message.split('\n')[0]!),
			);
			headline = fromCrash.headline;
		}

		const captured: CapturedSection[] = (report.sections ?? []).map(
			([name, text]) => ({name, text: stripAnsi(text)}),
		);
		return {
			id,
			file: fileOfId(id),
			outcome,
			phase,
			headline: headline || '(no message)',
			...(described.exceptionType && {exceptionType: described.exceptionType}),
			traceback: lines.join('\n'),
			captured,
			...(crash
				? {location: {path: crash.path, line: crash.lineno}}
				: described.location && {location: described.location}),
		};
	}
}
