/**
A run still being read (`LiveReview`): each newer review replaces the rows while the person keeps their place,
and the header's elapsed time moves on while the run goes on.
*/
import {
	useEffect,
	useRef,
	useState,
	useSyncExternalStore,
	type Dispatch,
} from 'react';
import type {LiveSnapshot} from '../live/live-review.js';
import type {ReviewAction} from '../review/review-reducer.js';
import type {Review} from '../triage/review.js';

/** Where a live run's reviews come from (`LiveReview`): an external store. */
export type LiveSource = {
	readonly subscribe: (listener: () => void) => () => void;
	readonly get: () => LiveSnapshot;
};

const noSubscribe = () => () => undefined;
const noSnapshot = () => undefined;

/** Dispatch each newer review of `live` (none: nothing to do); returns the clock the header's elapsed time reads. */
export function useLiveSnapshot(
	live: LiveSource | undefined,
	review: Review,
	dispatch: Dispatch<ReviewAction>,
): number {
	const snapshot = useSyncExternalStore(
		live?.subscribe ?? noSubscribe,
		live?.get ?? noSnapshot,
	);
	const shownReview = useRef(review);
	useEffect(() => {
		if (!snapshot) {
			return;
		}

		// The rows and the header's progress change in one step: no frame shows one without the other.
		const next = snapshot.review;
		const isNew = next !== undefined && next !== shownReview.current;
		if (isNew) {
			shownReview.current = next;
		}

		dispatch({
			type: 'review',
			...(isNew && {review: next}),
			live: snapshot.progress,
		});
	}, [snapshot, dispatch]);
	const isRunning =
		snapshot !== undefined && snapshot.progress.phase !== 'ended';
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		if (!isRunning) {
			return;
		}

		const timer = setInterval(() => {
			setNow(Date.now());
		}, 1000);
		timer.unref?.();
		return () => {
			clearInterval(timer);
		};
	}, [isRunning]);
	return now;
}
