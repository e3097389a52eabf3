import process from 'node:process';

/** The variables Ink's is-in-ci and chalk's supports-color read, once, when they load. */
const ciVariables = ['CI', 'CONTINUOUS_INTEGRATION'] as const;

/**
Runs `load` (the import that loads Ink) with `CI` and `CONTINUOUS_INTEGRATION` hidden when the review draws on a
terminal, and puts them back as they were once it has loaded. Ink reads them once, as it loads: set (and not `0`
or `false`), it draws no frame but the last, written as the app ends, and never follows the terminal's size; and
chalk, which Ink colours with, finds no colour in a terminal where `CI` is there at all, whatever its value. A
person can have `CI` set in a real terminal (a CI job's shell reached over SSH to triage its failures there, a
dev container that sets it for every shell), and the review then showed a blank terminal until `q`. Put back,
the variables still reach what the review runs (`triage run -- pytest …`: pytest reads `CI` too).
*/
export async function loadedForTerminal<T>(
	load: () => Promise<T>,
	isTerminal: boolean,
	environment: NodeJS.ProcessEnv = process.env,
): Promise<T> {
	const hidden = isTerminal
		? ciVariables.flatMap(name => {
				const value = environment[name];
				return value === undefined ? [] : [[name, value] as const];
			})
		: [];
	for (const [name] of hidden) {
		// Removed, not set to `false`: supports-color (chalk's, Ink's colours) asks only whether `CI` is there.
		// eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- one of two known names
		delete environment[name];
	}

	try {
		return await load();
	} finally {
		for (const [name, value] of hidden) {
			environment[name] = value;
		}
	}
}
