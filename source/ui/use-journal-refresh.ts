/**
Another session may append to the same journal: its decisions are picked up every `interval` ms, and what the
journal says of itself (a team's store's connection lost or back) is put on the status line.
*/
import {useEffect, type Dispatch} from 'react';
import {sanitizeLine} from '../log/sanitize.js';
import {errorText, type ReviewJournal} from '../review/journal-outcomes.js';
import type {ReviewAction} from '../review/review-reducer.js';

/** Look at `journal` every `interval` ms (0: never) and dispatch what changed. */
export function useJournalRefresh(
	journal: ReviewJournal,
	interval: number,
	dispatch: Dispatch<ReviewAction>,
): void {
	useEffect(() => {
		if (interval <= 0) {
			return;
		}

		const takeNotices = () => {
			for (
				let notice = journal.takeNotice?.();
				notice !== undefined;
				notice = journal.takeNotice?.()
			) {
				dispatch(
					notice.isProblem
						? {type: 'failed', message: sanitizeLine(notice.message)}
						: {
								type: 'info',
								message: sanitizeLine(notice.message),
								isStoreBack: notice.isSavedAgain !== true,
								...(notice.hasUnsaved && {hasUnsaved: true}),
							},
				);
			}
		};

		const timer = setInterval(() => {
			try {
				// A store says when its connection went and came back; a file, decisions it saved again (after the
				// refresh that found them lost).
				takeNotices();
				const before = journal.state();
				if (journal.refresh()) {
					const others = journal.othersRefreshed?.();
					const decisions = journal.state();
					// A fold hands out the same state until an event changes it. Lines of an action not read whole
					// (another session's write read half-way, or what a full disk let through of this session's own
					// failed save) change no decision: no news, and the status line keeps what it says (NOT saved).
					if (decisions !== before || others !== undefined) {
						dispatch({
							type: 'decisions',
							decisions,
							isOthers: true,
							...(others !== undefined && {others}),
						});
					}
				}

				takeNotices();
			} catch (error) {
				dispatch({type: 'failed', message: errorText(error)});
			}
		}, interval);
		timer.unref?.();
		return () => {
			clearInterval(timer);
		};
	}, [journal, interval, dispatch]);
}
