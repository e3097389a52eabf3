/**
What the review tests on a store share: a review of a fixture on a store's journal, and a wait for the text it
shows next (a store's answers and NOTIFYs come in their own time, not in the two macrotasks `settle` waits).
*/
import {render} from 'ink-testing-library';
import App from '../../source/app.js';
import {
	openStoreJournal,
	type StoreJournalOptions,
} from '../../source/store/decisions.js';
import {buildReview} from '../../source/triage/review.js';
import {type Fixture, frame} from '../ui/helpers.js';

/** Wait until the frame of `app` holds `text` (at most `timeout` ms); throws with the last frame. */
export async function until(
	app: ReturnType<typeof render>,
	text: string,
	timeout = 15_000,
): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!frame(app).includes(text)) {
		if (Date.now() > deadline) {
			throw new Error(`"${text}" never showed; last frame:\n${frame(app)}`);
		}

		await new Promise(resolve => {
			setTimeout(resolve, 25);
		});
	}
}

/**
The review of `data` on the store at `url`, deciding as `who`: its journal and the rendered app. `refreshInterval`
is the app's (50 ms unless given); the other options are the journal's.
*/
export async function reviewOnStore(
	data: Fixture,
	options: Omit<StoreJournalOptions, 'now'> & {
		readonly refreshInterval?: number;
	},
) {
	const {refreshInterval = 50, ...journalOptions} = options;
	const journal = await openStoreJournal({
		...journalOptions,
		now: () => new Date(),
	});
	const app = render(
		<App
			review={buildReview(data.analysis, journal.state())}
			journal={journal}
			refreshInterval={refreshInterval}
			theme={{isColor: false}}
		/>,
	);
	return {app, journal};
}
