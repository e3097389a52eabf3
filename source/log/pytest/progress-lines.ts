/**
A line where the progress lines are (the session's header before them) that the byte path did not take: faulthandler's
report of a crash, what pytest prints as the session closes, the header's lines, a usage error, else progress.
*/
import {type Preamble, readPreambleLine} from './preamble.js';
import type {ProgressReader} from './progress.js';
import {fatalError} from './section-lines.js';
import type {SessionEnd} from './session-end.js';

export function preambleOrProgressLine(
	text: string,
	lineNumber: number,
	{
		end,
		progress,
		header,
		hasSessionStart,
	}: {
		readonly end: SessionEnd;
		readonly progress: ProgressReader;
		readonly header: Preamble;
		readonly hasSessionStart: boolean;
	},
): void {
	// faulthandler's report of a crash after a test's `id ` or letters (session-end.ts); progress can follow.
	const fatal = text.indexOf(fatalError);
	if (fatal !== -1 && end.onFatalError(text.slice(fatal), lineNumber)) {
		progress.onFatalError(text.slice(0, fatal), text.slice(fatal), lineNumber);
		return;
	}

	if (end.hasFinalLine) {
		// Past the final line nothing is the session's preamble: what follows is read by `afterEnd` or not at all.
		if (end.afterEnd(text, lineNumber)) {
			return;
		}
	} else if (
		!progress.hasProgress &&
		(readPreambleLine(text, header) ||
			// After `-q` letters, `ERROR: …` is a plugin's (pytest-cov's `Coverage failure`), no usage error.
			(!hasSessionStart &&
				!progress.hasPendingChars &&
				// pytest runs no test after a usage error: letters before it were progress, and the run was killed.
				!progress.hasUnsettledChars &&
				end.usage.beforeSession(text, lineNumber)))
	) {
		return;
	}

	progress.line(text, lineNumber);
}
