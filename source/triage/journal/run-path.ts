/**
The `run` a decision records: the log it was decided on, relative to the triage file's folder. Teams commit the
triage file, so a log named by this machine's absolute path (`triage /home/ada/repo/run.log`) or from
another folder (`triage --triage ../triage.jsonl run.log`) is written as the same name from wherever the
file is read: `run.log`, `logs/run.log`, `.triage/logs/….log`. Journals written before kept the name as
typed (absolute, or relative to the folder triage ran in); readers take either, since nothing but people
read the field.
*/
import fs from 'node:fs';
import path from 'node:path';

/** How runs of shards are named (`merge.ts`'s `shardsName`): each shard's log, joined. */
const shardSeparator = ' + ';

/**
`run`, a log named from `cwd` (or shards joined by ` + `), named from the folder of the journal at
`journalPath` with `/` between folders. `-` (stdin still being read) and an empty name stay as they are.
*/
export function runFromJournal(
	run: string,
	journalPath: string,
	cwd: string = process.cwd(),
): string {
	if (run === '' || run === '-') {
		return run;
	}

	const folder = path.dirname(path.resolve(cwd, journalPath));
	const one = (log: string) =>
		log === '-'
			? log
			: path
					.relative(folder, path.resolve(cwd, log))
					.split(path.sep)
					.join('/') || '.';
	// A log whose own name holds ` + ` is one log, not shards.
	if (!run.includes(shardSeparator) || fs.existsSync(path.resolve(cwd, run))) {
		return one(run);
	}

	return run
		.split(shardSeparator)
		.map(log => one(log))
		.join(shardSeparator);
}
