/** The history cannot be used; the message is one line. Apart from the store, so that loading it costs no SQLite. */
export class HistoryError extends Error {
	override name = 'HistoryError';
}
