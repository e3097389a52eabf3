/**
xdist's start under `-q`/`-qq`, and an empty run that is nothing else.

Not on a terminal, xdist prints `bringing up nodes...` once its workers start and again once they have collected, then
an empty line; the letters come after it. pytest ends every session with one more empty line. Under `-qq` pytest prints
no final line, so a run that reported nothing (every module skipped at collection, every test deselected; exit status 5)
is those two `bringing up nodes...` and the two empty lines, and under pytest 7.2 the XML's rule; when every module
failed to collect, the ERRORS section and the short summary follow. A run killed before its first report has not printed
the second empty line.
*/
const nodesLine = 'bringing up nodes...';

type State =
	'before' | 'starting' | 'collected' | 'scheduled' | 'ended' | 'other';

export class QuietXdistStart {
	private state: State = 'before';

	line(text: string): void {
		switch (this.state) {
			case 'before': {
				// Warnings plugins print as they load may come first.
				if (text === nodesLine) {
					this.state = 'starting';
				}

				return;
			}

			case 'starting': {
				// The workers' warnings (a plugin's, on their stderr) may come between the two.
				if (text === nodesLine) {
					this.state = 'collected';
				}

				return;
			}

			case 'collected': {
				this.state = text === '' ? 'scheduled' : 'other';
				return;
			}

			case 'scheduled': {
				this.state = text === '' ? 'ended' : 'other';
				break;
			}

			case 'ended': {
				// After the session's end come only its summaries (collection errors' ERRORS, the short summary).
				break;
			}

			case 'other': {
				break;
			}
		}
	}

	/**
	The log is an xdist run's start and the session's end with no progress between: a whole run that ran no test (its
	summaries may follow: collection errors, the XML's rule).
	*/
	get hasEndedBeforeProgress(): boolean {
		return this.state === 'ended';
	}
}
