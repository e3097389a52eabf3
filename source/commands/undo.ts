/**
`triage undo`: revert the journal's newest action not undone yet, and say what it was and whose. The journal
is shared (a second review on the file, a team's store), so that action may be someone else's: an action
recorded as another person's (its `by`, which a store writes and a pull keeps, is not `--who`/`$USER`) is
undone only with `--yes`, or after a `y` on a terminal; then exactly that action is undone, and nothing
when another came meanwhile. A triage file's own actions record no author: they are undone as before, and
the report calls the action the newest, no one's (it may be the `triage decide` just run). A triage file that
is not there is an error, as for `compact` (an empty one has nothing to undo).
*/
import fs from 'node:fs';
import process from 'node:process';
import {createInterface} from 'node:readline/promises';
import {phases} from '../log/model.js';
import {Output} from '../output.js';
import {
	openDecisions,
	storeOf,
	triagePathOf,
	whoOf,
} from '../open-decisions.js';
import {
	anyAction,
	decisionFor,
	type DecisionState,
	type JournalEvent,
	missingJournal,
	sameAction,
	type UndoOutcome,
	type UndoTarget,
} from '../triage/journal.js';
import {actionIdText, actionText} from '../triage/undo-text.js';
import {textWidth} from '../text-width.js';
import {sanitizeLine} from '../log/sanitize.js';
import {listedLines} from '../text.js';
import {decisionExtras} from './decision-words.js';
import {reportName} from './report-name.js';

export type UndoFlags = {
	readonly triage?: string;
	readonly store?: string;
	readonly who?: string;
	/** `--yes`: undo another person's action without asking. */
	readonly yes?: boolean;
	/** `--all`: a line for every report undone, not only the first `reportsListed`. */
	readonly all?: boolean;
};

export type UndoIo = {
	/** The clock (the report's times). */
	readonly now?: () => Date;
	/**
	Ask a yes/no question, the answer's text; undefined: no one to ask (not a terminal). By default a
	terminal on stdin and stderr is asked.
	*/
	readonly ask?: (question: string) => Promise<string | undefined>;
};

/**
Whose the action is, as the report says it (the author's name follows, in `actionText`). A triage file records no
author: its newest action may be the `triage decide` just run, so it is named so, not called anyone's.
*/
function whoseText(target: UndoTarget, who: string): string {
	if (target.by === undefined || target.by === '') {
		return 'the newest action';
	}

	return target.by === who ? 'your action' : "another person's action";
}

/** Whether the store says another person made it (a file says nothing of who). */
function isSomeoneElses(target: UndoTarget, who: string): boolean {
	return target.by !== undefined && target.by !== who;
}

/**
`actionText` after `prefix`, its id whole unless the line goes to a terminal too narrow for it: then its id is cut
at its start to fit (never below 10 characters). A pipe or a file gets the whole id, for grep and for the record.
*/
function actionLine(
	prefix: string,
	target: UndoTarget,
	now: Date,
	stream: NodeJS.WriteStream,
): string {
	const whole = `${prefix}${actionText(target, now, Number.POSITIVE_INFINITY)}`;
	const id = actionIdText(target, Number.POSITIVE_INFINITY);
	const over = textWidth(whole) - (stream.columns ?? 80);
	if (!stream.isTTY || id === undefined || over <= 0) {
		return whole;
	}

	return `${prefix}${actionText(target, now, Math.max(10, textWidth(id) - over))}`;
}

async function askOnTerminal(question: string): Promise<string | undefined> {
	if (!process.stdin.isTTY || !process.stderr.isTTY) {
		return undefined;
	}

	const terminal = createInterface({
		input: process.stdin,
		output: process.stderr,
	});
	try {
		return await terminal.question(question);
	} finally {
		terminal.close();
	}
}

export async function undoCommand(
	flags: UndoFlags,
	io: UndoIo = {},
): Promise<number> {
	const now = io.now ?? (() => new Date());
	const ask = io.ask ?? askOnTerminal;
	const store = storeOf(flags);
	const who = whoOf(flags.who);
	// Opening a missing file reads as an empty journal: a mistyped --triage would say 'nothing to undo'.
	if (store === undefined && !fs.existsSync(triagePathOf(flags))) {
		throw missingJournal(triagePathOf(flags));
	}

	const journal = await openDecisions({...flags, now, isUndoing: true}, store);
	let before: DecisionState;
	let outcome: UndoOutcome;
	try {
		before = journal.state();
		outcome = await journal.undoIf(
			flags.yes ? anyAction : target => !isSomeoneElses(target, who),
		);
		const {target} = outcome;
		if (target && outcome.events.length === 0) {
			const whose = whoseText(target, who);
			const answer = await ask(
				`${actionLine(`Undo ${whose}: `, target, now(), process.stderr)}? [y/N] `,
			);
			if (answer === undefined) {
				process.stderr.write(
					`${actionLine(`triage undo: nothing undone; the newest is ${whose}: `, target, now(), process.stderr)}. To undo it: triage undo --yes\n`,
				);
				return 1;
			}

			if (!/^\s*y(?:es)?\s*$/i.test(answer)) {
				process.stderr.write('nothing undone\n');
				return 1;
			}

			before = journal.state();
			outcome = await journal.undoIf(sameAction(target.group));
			if (outcome.events.length === 0) {
				const changed =
					'triage undo: the newest action changed while you were asked (now: ';
				process.stderr.write(
					`${outcome.target ? actionLine(changed, outcome.target, now(), process.stderr) : `${changed}none`}); nothing undone\n`,
				);
				return 1;
			}
		}
	} finally {
		await journal.close?.();
	}

	writeReport(outcome, before, who, now(), flags.all === true);
	return 0;
}

/**
What was undone: the action and whose, then a line per report as it is now; past `reportsListed` reports
(`--all` lifts it), the first few and how many more.
*/
function writeReport(
	{target, events}: UndoOutcome,
	before: DecisionState,
	who: string,
	now: Date,
	isAll: boolean,
): void {
	const output = new Output('-');
	if (target === undefined || events.length === 0) {
		output.write('nothing to undo\n');
		output.close();
		return;
	}

	output.write(
		`${actionLine(`undid ${whoseText(target, who)}: `, target, now, process.stdout)}\n`,
	);
	for (const line of listedLines(events, event => eventLine(event, before), {
		isAll,
		allHint: 'triage undo --all lists each report',
	})) {
		output.write(`${line}\n`);
	}

	output.close();
}

function eventLine(event: JournalEvent, before: DecisionState): string {
	const {id, phase} = event;
	const where = sanitizeLine(reportName(event));
	if (event.t === 'decide') {
		return `undone: ${where} is ${sanitizeLine(`${event.category} ${event.priority}`)} again${decisionExtras(event)}`;
	}

	// What the report had (for a clear of every report: its id-wide decision, else any report's).
	const previous =
		phase === undefined
			? (before.get(id) ??
				phases
					.map(each => decisionFor(before, id, each))
					.find(decision => decision !== undefined))
			: decisionFor(before, id, phase);
	return `undone: ${where} has no decision again${previous ? ` (was ${sanitizeLine(`${previous.category} ${previous.priority}`)})` : ''}`;
}
