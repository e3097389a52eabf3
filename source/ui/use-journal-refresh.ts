/**
Another session may append to the same journal: its decisions are picked up every `interval` ms, and what the
journal says of itself (a team's store's connection lost or back) is put on the status line.
*/
import {useEffect, type Dispatch} from 'react';
import {sanitizeLine} from '../log/sanitize.js';
import {
	errorText,
	refreshedNews,
	type ReviewJournal,
} from '../review/journal-outcomes.js';
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
				const news = refreshedNews(journal);
				if (news !== undefined) {
					dispatch({
						type: 'decisions',
						decisions: news.decisions,
						isOthers: true,
						...(news.others !== undefined && {others: news.others}),
					});
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
