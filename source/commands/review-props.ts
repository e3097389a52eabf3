/**
The review's props (`App`'s), made once the logs are read: the review and its rules, the journal, the
keymap and resume state, and the terminal's hooks (editor, shell, clipboard) that the screen calls.
*/
import path from 'node:path';
import process from 'node:process';
import type {Instance} from 'ink';
import type {AppProps} from '../app.js';
import {createRerunHandler, createRerunWhere} from '../confirm/handler.js';
import type {LiveRun} from '../live/live-run.js';
import type {Prefs} from '../prefs.js';
import type {AlternateScreen} from '../review/alternate-screen.js';
import {historyFolderOf} from '../runs/history/use.js';
import {storeOf} from '../open-decisions.js';
import type {RuleSet} from '../classify/rules/types.js';
import type {Session} from '../session.js';
import type {DecisionJournal} from '../triage/journal.js';
import type {Review} from '../triage/review.js';
import {redrawFrame} from '../ui/ink-redraw.js';
import type {StartOptions} from './review-start.js';
import {openInEditor, suspendToShell} from './review-terminal.js';
import {themeOf} from './review-screen.js';

/** The logs a session can open again (a log from stdin is reopened from its kept copy). */
export function savedLogsOf(opened: Session): string[] {
	return opened.logs.filter(log => log !== '-').map(log => path.resolve(log));
}

export type ReviewPropsInput = {
	readonly options: StartOptions;
	readonly review: Review;
	/** The session read to its end; undefined while a live run is still being read. */
	readonly session: Session | undefined;
	readonly live: LiveRun | undefined;
	readonly ruleSet: RuleSet;
	readonly journal: DecisionJournal;
	readonly triagePath: string;
	readonly prefs: Prefs;
	readonly keymap: AppProps['keymap'];
	readonly resume: AppProps['resume'];
	readonly notice: AppProps['notice'];
	readonly keyboard: NodeJS.ReadStream;
	readonly screen: AlternateScreen | undefined;
	readonly ink: Instance;
};

export function reviewProps(input: ReviewPropsInput): AppProps {
	const {review, session, live, ruleSet, journal, screen, ink} = input;
	const keyboard = input.keyboard;
	// Back from the shell or the editor, the last frame is drawn again whole (Ink's clear() alone left it blank).
	const redrawing = {
		clear() {
			redrawFrame(ink);
		},
	};
	return {
		review,
		rules: ruleSet.rules,
		// `R`: the failures run again in the rootdir the run recorded, stored in the history; the prompt says the
		// command and the folder first.
		...rerunProps(input),
		journal,
		// A store is told of others' decisions at once (LISTEN): look often, it costs nothing.
		...(storeOf(input.options, ruleSet) !== undefined && {
			refreshInterval: 200,
		}),
		triagePath: input.triagePath,
		...(session &&
			savedLogsOf(session).length > 0 && {logs: savedLogsOf(session)}),
		prefs: input.prefs,
		...(input.resume === undefined ? {} : {resume: input.resume}),
		keymap: input.keymap,
		...(input.notice === undefined ? {} : {notice: input.notice}),
		theme: themeOf(input.prefs),
		onOpenEditor(target) {
			openInEditor(target, {keyboard, screen, ink: redrawing});
		},
		async onSuspend() {
			await suspendToShell({keyboard, screen, ink: redrawing});
		},
		onCopy(text) {
			// OSC 52: the terminal (or tmux with set-clipboard) puts it on the clipboard.
			process.stdout.write(
				`\u001B]52;c;${Buffer.from(text).toString('base64')}\u0007`,
			);
		},
		...(live && {live: live.review}),
	};
}

function rerunProps(
	input: ReviewPropsInput,
): Pick<AppProps, 'onRerun' | 'onRerunWhere'> {
	const {options, review, live, ruleSet} = input;
	const setup = {
		runOf: () => live?.review.get().review?.analysis.run ?? review.analysis.run,
		...(options.live?.kind === 'command' && {argv: options.live.argv}),
		...(ruleSet.rerun !== undefined && {template: ruleSet.rerun}),
	};
	return {
		onRerun: createRerunHandler({
			...setup,
			...(options.history !== false && {
				historyFolder: historyFolderOf(input.triagePath),
				store: storeOf(options, ruleSet),
			}),
		}),
		onRerunWhere: createRerunWhere(setup),
	};
}
