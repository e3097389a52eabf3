/**
A `.partial` file in `.triage/logs/` whose triage is gone: a log from stdin (a pipe, `triage run`'s command) that
was being kept when triage was killed outright (`kill -9`, out of memory), before it could name the copy by its
hash. The next triage that keeps a log there keeps what it holds as a log of its own, named as any kept log
(so that it can be opened, and is not lost), or removes it when it holds nothing; one line says which.
*/

import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {fileSystemReason, unreadableReason} from '../files.js';
import {shownPath} from '../shown-path.js';
import {isProcessAlive} from '../stale-temporaries.js';

/** `.NAME-PID-MILLISECONDS.partial`, as `KeptCopy` names the copy it writes. */
const partialName = /^\.(stdin|run)-(\d+)-(\d+)\.partial$/;

/**
The pid of the triage still running that keeps `file`, a `.partial` in a `logs` folder (`.triage/logs/`): its
copy of a pipe or of `triage run`'s command, renamed by its hash once it is read to its end. That triage records
the run under the new name; another that reads the `.partial` (`triage --follow` on it, from a second terminal)
records nothing, or the history would name a file that is gone. Undefined for any other file.
*/
export function runningKeeperOf(file: string): number | undefined {
	const match = partialName.exec(path.basename(file));
	if (!match || path.basename(path.dirname(path.resolve(file))) !== 'logs') {
		return undefined;
	}

	const pid = Number(match[2]);
	return isProcessAlive(pid) ? pid : undefined;
}

/**
Whether `run`, a decision's run (named from the triage file's folder), is a kept copy's `.partial`: a log
`triage --follow` read while another triage was still writing it, and which that triage renames once it is read
to its end. A store names a log outside the triage file's folder by its file name alone (`.run-….partial`: a follower
in another folder than the triage that writes it), and that is one too.
*/
export function isKeptPartial(run: string): boolean {
	return (
		partialName.test(path.basename(run)) &&
		(run === path.basename(run) || path.basename(path.dirname(run)) === 'logs')
	);
}

/**
Where the `.partial` `file` is now, its content hashed `hash` (sha256, hex): the log its triage kept once it read
it to its end (`KeptCopy`: `NAME-STAMP-HASH8.log`, in the same folder), when it is there and holds those bytes.
*/
export function keptLogOf(file: string, hash: string): string | undefined {
	const match = partialName.exec(path.basename(file));
	if (!match) {
		return undefined;
	}

	const folder = path.dirname(file);
	let names: string[];
	try {
		names = fs.readdirSync(folder);
	} catch {
		return undefined;
	}

	for (const name of names) {
		if (
			!name.startsWith(`${match[1]!}-`) ||
			!name.endsWith(`-${hash.slice(0, 8)}.log`)
		) {
			continue;
		}

		const kept = path.join(folder, name);
		try {
			if (
				createHash('sha256').update(fs.readFileSync(kept)).digest('hex') ===
				hash
			) {
				return kept;
			}
		} catch {
			// Gone again, or unreadable: not where the log is.
		}
	}

	return undefined;
}

/**
Keeps the `.partial` `file` of a triage that is gone as a log of its own, named as any kept log
(`NAME-STAMP-HASH8.log`, in the same folder): where it is kept now, or undefined when it held nothing to keep
(empty, or gzip cut short) and was removed. Throws when it cannot be renamed (a read-only folder).
*/
export function keepStrayPartial(file: string): string | undefined {
	const match = partialName.exec(path.basename(file));
	if (!match) {
		return undefined;
	}

	const folder = path.dirname(file);
	const bytes = fs.readFileSync(file);
	// Empty, or gzip cut short (it cannot be read to its end): nothing to keep.
	if (bytes.length === 0 || (bytes[0] === 0x1f && bytes[1] === 0x8b)) {
		fs.rmSync(file, {force: true});
		return undefined;
	}

	const started = new Date(Number(match[3]));
	const stamp = Number.isNaN(started.getTime())
		? 'unknown'
		: started.toISOString().slice(0, 19).replaceAll(':', '-');
	const hash = createHash('sha256').update(bytes).digest('hex');
	const kept = path.join(
		folder,
		`${match[1]!}-${stamp}-${hash.slice(0, 8)}.log`,
	);
	if (fs.existsSync(kept)) {
		fs.rmSync(file, {force: true});
		return kept;
	}

	fs.renameSync(file, kept);
	return kept;
}

/**
Keeps or removes the `.partial` files in `folder` left by a triage that is gone; one line for each kept. A
`.partial` of a triage still running (another review reading a pipe) is left alone.
*/
export function salvageStrayPartials(folder: string): string[] {
	let names: string[];
	try {
		names = fs.readdirSync(folder);
	} catch {
		return [];
	}

	const said: string[] = [];
	const existed = new Set(names);
	for (const name of names) {
		const match = partialName.exec(name);
		if (!match || isProcessAlive(Number(match[2]))) {
			continue;
		}

		try {
			const kept = keepStrayPartial(path.join(folder, name));
			if (kept !== undefined && !existed.has(path.basename(kept))) {
				said.push(
					`the log an earlier triage was reading when it was killed is kept in ${shownPath(kept)} (\`triage ${shownPath(kept)}\` opens it)`,
				);
			}
		} catch {
			// Not ours to fight over (a read-only folder): it stays, as it was.
		}
	}

	return said;
}

/**
The `.partial` `file` that `keeper`, the triage writing it, left when it was ended before its run did (`kill -9`):
its follower, which read it to its end, keeps it as that triage would have, so that its run is recorded and the
decisions made on it name a log that stays. Undefined while that triage is still there or the file is gone.
*/
export function keptAfterKeeper(
	file: string,
	keeper: number,
): {kept: string | undefined} | {failure: string} | undefined {
	if (isProcessAlive(keeper) || !fs.existsSync(file)) {
		return undefined;
	}

	try {
		return {kept: keepStrayPartial(file)};
	} catch (error) {
		return {failure: fileSystemReason(error) ?? unreadableReason(error)};
	}
}
