/**
A stand-in for the CLI's default command while it is not wired to `startReview` yet: the terminal test
can run the review through it. `node --import=tsx test/ui/review-entry.ts [--triage FILE] LOG…`
*/
import process from 'node:process';
import {UsageError} from '../../source/session.js';
import {startReview} from '../../source/ui/start.js';

const argv = process.argv.slice(2);
const logs: string[] = [];
let triage: string | undefined;
let prefsCwd: string | undefined;
for (let index = 0; index < argv.length; index++) {
	const argument = argv[index]!;
	if (argument === '--triage') {
		triage = argv[++index];
	} else if (argument === '--prefs') {
		prefsCwd = argv[++index];
	} else {
		logs.push(argument);
	}
}

try {
	process.exitCode = await startReview({
		logs,
		...(triage === undefined ? {} : {triage}),
		...(prefsCwd === undefined ? {} : {prefsCwd}),
	});
} catch (error) {
	process.stderr.write(`triage: ${(error as Error).message}\n`);
	process.exitCode = error instanceof UsageError ? 2 : 1;
}
