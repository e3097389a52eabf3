/**
The text some tools put in front of every line of a log they keep: a CI service's time (GitHub Actions, Azure
Pipelines, GitLab's runner, Jenkins' timestamper) or docker compose's service column. `LinePrefixes` recognises one
from the log itself, the same shape on several lines in a row, and hands the lines on without it, so the parser
reads the log as pytest printed it. A plain log is told once, and then costs nothing per line.
*/
import {stripAnsiOutsideIds} from './ansi.js';
import type {LineSink} from './line-splitter.js';

/** A kind of prefix: its pattern at the start of a line, and the tool that writes it. */
type PrefixShape = {
	readonly name: string;
	/** The prefix; a first group that matched says the line goes on the line before it (GitLab's `+`). */
	readonly pattern: RegExp;
	/** Whether the prefixes of two lines are of one log, beyond both matching the pattern. */
	readonly isSameLog?: (first: string, other: string) => boolean;
	/** A line the tool prints among the prefixed ones (docker compose's `tests-1 exited with code 1`): it tells nothing. */
	readonly toolLine?: RegExp;
};

/** docker compose's own line when a container stops. */
const composeExit = /^[\w.-]+ exited with code \d+$/;

const isoTime = String.raw`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z`;

/** Tried in this order: GitLab's prefix starts with the time GitHub Actions puts alone. */
const shapes: readonly PrefixShape[] = [
	{
		// GitLab's runner (17 and later, `FF_TIMESTAMPS`, the default from 18.7): the time, the stream's number and
		// O or E (stdout, stderr), and `+` when the line goes on the one before it (a line the runner cut).
		name: 'GitLab',
		pattern: new RegExp(String.raw`^${isoTime} [\da-f]{2}[OE](?:(\+)| |$)`),
	},
	{
		// GitHub Actions' and Azure Pipelines' raw logs.
		name: 'ISO time',
		pattern: new RegExp(String.raw`^${isoTime}(?: |$)`),
	},
	{
		// Jenkins' timestamper in a Pipeline's console text.
		name: 'Jenkins',
		pattern: new RegExp(String.raw`^\[${isoTime}\](?: |$)`),
	},
	{
		// Jenkins' console page as shown (and copied): the clock or the elapsed time, then two spaces.
		name: 'clock',
		pattern: /^\d\d:\d\d:\d\d(?:\.\d{1,3})?(?: {2}|$)/,
	},
	{
		// docker compose with `--timestamps` (`logs -t`, `up --timestamps`): the daemon's time after the column.
		name: 'docker compose with timestamps',
		pattern: new RegExp(String.raw`^[\w.-]+ +\| ${isoTime}(?: |$)`),
		isSameLog: (first, other) => first.indexOf('|') === other.indexOf('|'),
		toolLine: composeExit,
	},
	{
		// docker compose (`up`, `logs`): the container's name padded to the longest, ` | `; v1 names end `_1`.
		name: 'docker compose',
		pattern: /^[\w.-]+ +\|(?: |$)/,
		isSameLog: (first, other) => first.indexOf('|') === other.indexOf('|'),
		toolLine: composeExit,
	},
];

/** This many lines in a row with one shape of prefix make it the log's (fewer when the log is shorter). */
const linesToTell = 5;
/** A log whose first this many lines told no prefix has none. */
const linesToLook = 1000;
const sessionStartRule = /^=+ test session starts =+$/;
/**
A line pytest prints: a section rule, `-q` progress letters, `collected N items`, xdist's `bringing up nodes...` (a
`-q -n` log's first line: another container's line before its empty lines would break its start, `xdist-start.ts`).
*/
const pytestLine =
	/^(?:={3,} .+ ={3,}|[.FEsxXRuy,-]+(?: .*)?|collected \d+ items?\b.*|bringing up nodes\.\.\.)$/;

/** A line; `raw` as printed, when its escape sequences were stripped from `text` (`LineSink.line`). */
type Line = {text: string; lineNumber: number; raw?: string};

/**
A line held until the next tells whether it goes on: its text, and when a part had escape sequences, its parts as
printed joined (`raw`; null when a part's prefix was not at its raw start) so that a sequence cut in two is stripped
as one.
*/
type HeldLine = {
	text: string;
	lineNumber: number;
	raw: string | null;
	hasEscapes: boolean;
	isJoined: boolean;
};

/**
A LineSink in front of another that takes off a prefix the log's lines share. Until the log is told, lines are read
as text and a line that may start a prefixed log is held with the next few; a pytest session's first rule without a
prefix, or `linesToLook` lines, tell a plain log, whose lines (and bytes) then go straight on.
*/
export class LinePrefixes implements LineSink {
	/** Undefined while the log is not told yet; null for a plain log. */
	private shape: PrefixShape | null | undefined;
	/** Lines held while a shape is tried on them: all those not blank have it. */
	private readonly trial: Line[] = [];
	private trialShape: PrefixShape | undefined;
	private trialPrefix = '';
	private trialCount = 0;
	/** The index in `trial` of the line the log ends inside (`endsInsideLine`), if held. */
	private cutAt: number | undefined;
	/** A line held until the next one tells whether it goes on (GitLab's `+`). */
	private held: HeldLine | undefined;
	private isHeldCut = false;
	private isNextCut = false;
	private linesSeen = 0;
	/** docker compose: the container whose lines hold pytest's output; other containers' lines are left out. */
	private container: string | undefined;

	private readonly sink: LineSink;

	constructor(sink: LineSink) {
		this.sink = sink;
	}

	bytesLine(
		bytes: Uint8Array,
		start: number,
		end: number,
		lineNumber: number,
	): boolean {
		return (
			this.shape === null &&
			(this.sink.bytesLine?.(bytes, start, end, lineNumber) ?? false)
		);
	}

	keepsReturns(): boolean {
		return this.sink.keepsReturns?.() ?? false;
	}

	isReturnInId(line: string): boolean {
		return this.sink.isReturnInId?.(line) ?? false;
	}

	endsInsideLine(): void {
		if (this.shape === null) {
			this.sink.endsInsideLine?.();
		} else if (this.shape === undefined) {
			this.cutAt = this.trial.length;
		} else {
			this.isNextCut = true;
		}
	}

	line(text: string, lineNumber: number, raw?: string): void {
		if (this.shape === null) {
			this.sink.line(text, lineNumber, raw);
		} else if (this.shape) {
			this.prefixed(this.shape, {text, lineNumber, raw});
		} else {
			this.tell({text, lineNumber, raw});
		}
	}

	end(): void {
		if (this.shape === undefined && this.trialShape) {
			// A short log: the lines it has are all it can show.
			this.decide(this.trialShape);
		}

		this.flushHeld();
	}

	private tell(line: Line): void {
		const {text} = line;
		this.linesSeen++;
		const shape = this.trialShape;
		if (shape) {
			const match = text.length > 0 ? shape.pattern.exec(text) : undefined;
			if (
				text.length === 0 ||
				(match && (shape.isSameLog?.(this.trialPrefix, match[0]) ?? true)) ||
				shape.toolLine?.test(text)
			) {
				this.trial.push(line);
				this.trialCount += match ? 1 : 0;
				if (this.trialCount >= linesToTell) {
					this.decide(shape);
				}

				return;
			}

			// Not the shape: the held lines were the log's own text.
			this.release();
		}

		if (text.length === 0) {
			this.forward(line);
			return;
		}

		if (this.linesSeen > linesToLook || sessionStartRule.test(text)) {
			this.shape = null;
			this.forward(line);
			return;
		}

		for (const candidate of shapes) {
			const match = candidate.pattern.exec(text);
			if (match) {
				this.trialShape = candidate;
				this.trialPrefix = match[0];
				this.trialCount = 1;
				this.trial.push(line);
				return;
			}
		}

		this.forward(line);
	}

	private forward({text, lineNumber, raw}: Line): void {
		if (this.cutAt !== undefined) {
			this.cutAt = undefined;
			this.sink.endsInsideLine?.();
		}

		this.sink.line(text, lineNumber, raw);
	}

	private release(): void {
		const lines = this.trial.splice(0);
		const {cutAt} = this;
		this.trialShape = undefined;
		// The log's cut last line may be the one that did not fit: it is told again, after these.
		this.cutAt = cutAt === lines.length ? 0 : undefined;
		for (const [index, {text, lineNumber, raw}] of lines.entries()) {
			if (index === cutAt) {
				this.sink.endsInsideLine?.();
			}

			this.sink.line(text, lineNumber, raw);
		}
	}

	private decide(shape: PrefixShape): void {
		this.shape = shape;
		const lines = this.trial.splice(0);
		const {cutAt} = this;
		this.cutAt = undefined;
		this.trialShape = undefined;
		for (const [index, line] of lines.entries()) {
			if (index === cutAt) {
				this.isNextCut = true;
			}

			this.prefixed(shape, line);
		}

		if (cutAt === lines.length) {
			this.isNextCut = true;
		}
	}

	/** A line of a log told to have `shape`'s prefix: without it, or joined to the line it goes on. */
	private prefixed(shape: PrefixShape, {text, lineNumber, raw}: Line): void {
		const isCut = this.isNextCut;
		this.isNextCut = false;
		const match = shape.pattern.exec(text);
		const prefix = match?.[0] ?? '';
		const rest = text.slice(prefix.length);
		// The part as printed: its prefix is plain text the tool wrote first.
		const rawRest =
			raw === undefined
				? rest
				: raw.startsWith(prefix)
					? raw.slice(prefix.length)
					: null;
		const {held} = this;
		if (match?.[1] !== undefined && held) {
			held.text += rest;
			held.raw =
				held.raw === null || rawRest === null ? null : held.raw + rawRest;
			held.hasEscapes ||= raw !== undefined;
			held.isJoined = true;
			this.isHeldCut ||= isCut;
			return;
		}

		this.flushHeld();
		if (match && this.isOtherContainer(shape, prefix, text)) {
			return;
		}

		this.held = {
			text: rest,
			lineNumber,
			raw: rawRest,
			hasEscapes: raw !== undefined,
			isJoined: false,
		};
		this.isHeldCut = isCut;
	}

	/** docker compose: a line of a container other than the one whose lines hold pytest's session. */
	private isOtherContainer(
		shape: PrefixShape,
		prefix: string,
		text: string,
	): boolean {
		if (shape.isSameLog === undefined) {
			return false;
		}

		const name = prefix.slice(0, prefix.indexOf(' '));
		if (this.container === undefined) {
			if (pytestLine.test(text.slice(prefix.length))) {
				this.container = name;
			}

			return false;
		}

		return name !== this.container;
	}

	private flushHeld(): void {
		const {held} = this;
		if (!held) {
			return;
		}

		this.held = undefined;
		if (this.isHeldCut) {
			this.sink.endsInsideLine?.();
		}

		if (!held.hasEscapes || held.raw === null) {
			this.sink.line(held.text, held.lineNumber);
		} else if (held.isJoined) {
			// Stripped as one line: a sequence the tool cut (an id's `ESC]0;open title`) is read whole.
			this.sink.line(stripAnsiOutsideIds(held.raw), held.lineNumber, held.raw);
		} else {
			this.sink.line(held.text, held.lineNumber, held.raw);
		}
	}
}
