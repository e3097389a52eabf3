import {
	emptyCounts,
	fileOfId,
	type Failure,
	type FailureListener,
	type Outcome,
	type Phase,
	type Run,
	type TestResult,
	type Warning,
} from './model.js';
import {describeMessage, describeTraceback} from './traceback.js';
import {stripAnsi} from './ansi.js';
import {
	crashOf,
	describeValue,
	idFromLocation,
	isObject,
	longreprLines,
	salvage,
	sectionsOf,
} from './reportlog-record.js';
import {TestList} from './test-list.js';

/**
pytest-reportlog (`--report-log FILE`): one JSON object per line, with exact node ids. Each test has a setup, call and teardown report; they fold into pytest's outcomes the same way the terminal counts them.
*/

/**
A report-log line is one JSON record, whole or useless: a test's captured output makes it as long as that output (hundreds of KB), so the reader takes lines whole up to this, which JSON.parse still reads in well under a second.
*/
export const reportlogLineLimit = 64 * 1024 * 1024;

type Report = {
	$report_type?: string;
	nodeid?: string;
	when?: 'setup' | 'call' | 'teardown';
	outcome?: 'passed' | 'failed' | 'skipped';
	longrepr?: unknown;
	wasxfail?: string;
	duration?: number;
	sections?: unknown;
	location?: unknown;
	exitstatus?: number;
	pytest_version?: string;
	/** The log line the record was read from (set by the reader). */
	readAt?: number;
	/** Set on a report kept from a line that was cut or torn: only its start was read. */
	isCut?: boolean;
};

type TestState = {
	id: string;
	main?: Outcome;
	mainPhase: Phase;
	mainReport?: Report;
	teardownReport?: Report;
	duration?: number;
};

export class ReportlogParser {
	private readonly tests = new Map<string, TestState>();
	private readonly collectErrors: Array<{id: string; report: Report}> = [];
	private readonly warnings: Warning[] = [];
	private hasReports = false;
	private hasFinish = false;
	/** Set when a record that may have been a test's report could not be read: the counts cannot be trusted. */
	private hasLostRecords = false;
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

		let record: unknown;
		try {
			record = JSON.parse(text);
		} catch {
			this.onUnreadable(text, lineNumber);
			return;
		}

		if (!isObject(record)) {
			// `json.dumps(None)`: a report that no hook could serialize. It names no test.
			this.warnings.push({
				line: lineNumber,
				message: `${describeValue(record)}, not a report record; skipped`,
			});
			return;
		}

		try {
			this.onRecord({...record, readAt: lineNumber} as Report, lineNumber);
		} catch (error) {
			// A record of a shape no pytest wrote: say where, and never lose a failing test silently.
			this.hasLostRecords = true;
			this.warnings.push({
				line: lineNumber,
				message: `unreadable ${typeof record.$report_type === 'string' ? record.$report_type : 'record'} (${error instanceof Error ? error.message : String(error)}); skipped`,
			});
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

		const warnings = [
			...extraWarnings,
			...this.warnings.toSorted((a, b) => a.line - b.line),
		];
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
			tests: TestList.from(tests),
			failures,
			counts,
			complete: this.hasFinish && !this.hasLostRecords,
			warnings,
		};
	}

	private onRecord(report: Report, lineNumber: number): void {
		switch (report.$report_type) {
			case 'SessionStart': {
				this.hasReports = true;
				if (typeof report.pytest_version === 'string') {
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
				if (report.outcome !== 'failed') {
					break;
				}

				if (typeof report.nodeid === 'string') {
					this.collectErrors.push({id: report.nodeid, report});
				} else {
					this.hasLostRecords = true;
					this.warnings.push({
						line: lineNumber,
						message:
							'failed CollectReport without a node id: a collection error that names no file; skipped',
					});
				}

				break;
			}

			case 'TestReport': {
				this.hasReports = true;
				const id = this.idOf(report, lineNumber);
				if (id !== undefined) {
					this.onTestReport(report, id);
				}

				break;
			}

			default: {
				break;
			}
		}
	}

	/** The record's node id; one without (`nodeid: null`) is named from its `location` when it has one. */
	private idOf(report: Report, lineNumber: number): string | undefined {
		if (typeof report.nodeid === 'string') {
			return report.nodeid;
		}

		const id = idFromLocation(report.location);
		if (id !== undefined) {
			this.warnings.push({
				line: lineNumber,
				message: `TestReport without a node id; named ${JSON.stringify(id)} from its location`,
			});
			return id;
		}

		if (report.outcome === 'failed') {
			this.hasLostRecords = true;
		}

		this.warnings.push({
			line: lineNumber,
			message: `${report.outcome === 'failed' ? 'failed ' : ''}TestReport without a node id or a location: it names no test; skipped`,
		});
		return undefined;
	}

	/** A line that is not whole JSON: cut (longer than the reader takes) or torn. A failing report in it is kept. */
	private onUnreadable(text: string, lineNumber: number): void {
		const isCut = text.length >= reportlogLineLimit;
		const why = isCut
			? `longer than ${reportlogLineLimit / 1024 / 1024} MB`
			: 'not a whole JSON record (a torn write?)';
		const head = salvage(text);
		if (!head) {
			if (isCut || text.includes('"outcome": "failed"')) {
				this.hasLostRecords = true;
			}

			this.warnings.push({line: lineNumber, message: `${why}; skipped`});
			return;
		}

		this.hasReports = true;
		if (head.outcome !== 'failed') {
			// A passing or skipped report read in part: which phase it was is unknown, so the outcome is too.
			this.hasLostRecords = true;
			this.warnings.push({
				line: lineNumber,
				message: `${why}: a ${head.outcome} report of ${head.id}; skipped`,
			});
			return;
		}

		const report: Report = {
			nodeid: head.id,
			outcome: 'failed',
			when: (head.when as Report['when']) ?? 'call',
			readAt: lineNumber,
			isCut: true,
		};
		this.warnings.push({
			line: lineNumber,
			message: `${why}: the failing report of ${head.id} is kept without its traceback`,
		});
		if (head.isCollect) {
			this.collectErrors.push({id: head.id, report});
		} else {
			this.onTestReport(report, head.id);
		}
	}

	private onTestReport(report: Report, id: string): void {
		let state = this.tests.get(id);
		if (!state) {
			state = {id, mainPhase: 'call'};
			this.tests.set(id, state);
		}

		if (typeof report.duration === 'number') {
			state.duration = (state.duration ?? 0) + report.duration;
		}

		const isXfail = typeof report.wasxfail === 'string';
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
				switch (report.outcome) {
					case 'passed': {
						state.main = isXfail ? 'xpassed' : 'passed';

						break;
					}

					case 'skipped': {
						state.main = isXfail ? 'xfailed' : 'skipped';

						break;
					}

					case 'failed': {
						state.main = 'failed';
						state.mainReport = report;

						break;
					}

					default: {
						this.onStrangeReport(report, id);
					}
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
				this.onStrangeReport(report, id);
				break;
			}
		}
	}

	/** A report whose phase or outcome is not one pytest writes: what it says about the test is unknown. */
	private onStrangeReport(report: Report, id: string): void {
		this.hasLostRecords = true;
		this.warnings.push({
			line: report.readAt ?? 0,
			message: `${id}: a report with when ${JSON.stringify(report.when ?? null)} and outcome ${JSON.stringify(report.outcome ?? null)}, which pytest never writes; skipped`,
		});
	}

	private failureOf(
		id: string,
		outcome: 'failed' | 'error',
		phase: Phase,
		report: Report,
	): Failure {
		// As in console logs: colour codes from --color=yes are not part of the text.
		const traceback = longreprLines(report.longrepr);
		const lines = traceback.lines.map(line => stripAnsi(line));
		const described = describeTraceback(lines);
		const crash = isObject(report.longrepr)
			? crashOf(report.longrepr.reprcrash)
			: undefined;
		let {headline} = described;
		if (crash?.message) {
			const fromCrash = describeMessage(
				stripAnsi(crash.message.split('\n')[0]!),
			);
			headline = fromCrash.headline;
		}

		if (report.isCut) {
			headline = `(only the start of its report-log record on line ${report.readAt} could be read)`;
		}

		const {captured, skipped} = sectionsOf(report.sections);
		if (skipped + traceback.skipped > 0) {
			this.warnings.push({
				line: report.readAt ?? 0,
				message: `${id}: ${skipped + traceback.skipped} part(s) of its report that are not what pytest writes (null) were left out`,
			});
		}

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
