/**
The rule set a command uses: the user's rules file (`--rules`, else `triage.rules.json` in the current directory when
it exists) before the built-in rules. Reading that file lives here.
*/

import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {builtInRuleSet} from './classify/rules/built-in.js';
import {loadRulesFile, loadStoreField} from './classify/rules/load.js';
import type {RuleSet} from './classify/rules/types.js';
import {
	IrregularFileError,
	readRegularFile,
	unreadableReason,
} from './files.js';
import type {SessionOptions} from './session.js';
import {UsageError} from './usage-error.js';

export const defaultRulesFile = 'triage.rules.json';

/** A rules file is a few kilobytes; anything near this is not one (and is never held whole). */
const maximumRulesBytes = 16 * 1024 * 1024;

/** The problems of a rules file that its error line shows; the rest are counted. */
const maximumProblemsShown = 3;

/** The rule set: the user's rules file first (when given or present), then the built-in rules. */
export function loadRules(
	options: Pick<SessionOptions, 'rules' | 'cwd'>,
): RuleSet {
	const read = readRulesText(options);
	if (read === undefined) {
		return builtInRuleSet();
	}

	const {file, text} = read;
	const loaded = loadRulesFile(text, file);
	if (!loaded.ok) {
		// One line, with the first few problems in full: a person mends them in one go.
		const shown = loaded.errors.slice(0, maximumProblemsShown);
		const more = loaded.errors.length - shown.length;
		throw new UsageError(
			`${shown.join('; ')}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}`,
		);
	}

	return loaded.ruleSet;
}

/**
The rules file's `store` alone, for the commands that use no rule (history, record, undo, store push/pull,
compact): a rule someone broke must not stop CI from recording its runs. A file that is no JSON, or whose
`store` is wrong, is still an error.
*/
export function loadStoreSetting(
	options: Pick<SessionOptions, 'rules' | 'cwd'>,
): string | undefined {
	const read = readRulesText(options);
	if (read === undefined) {
		return undefined;
	}

	const loaded = loadStoreField(read.text, read.file);
	if (!loaded.ok) {
		throw new UsageError(loaded.errors.join('; '));
	}

	return loaded.store;
}

/** The rules file's name as given and its text; undefined when none is given and there is none here. */
function readRulesText(
	options: Pick<SessionOptions, 'rules' | 'cwd'>,
): {file: string; text: string} | undefined {
	const cwd = options.cwd ?? process.cwd();
	const file =
		options.rules ??
		(fs.existsSync(path.join(cwd, defaultRulesFile))
			? defaultRulesFile
			: undefined);
	if (file === undefined) {
		return undefined;
	}

	let text: string;
	try {
		text = readRegularFile(path.resolve(cwd, file), maximumRulesBytes).toString(
			'utf8',
		);
	} catch (error) {
		if (error instanceof IrregularFileError) {
			throw new UsageError(`${file}: ${error.message}`);
		}

		const code = (error as NodeJS.ErrnoException).code;
		throw new UsageError(
			`${file}: ${code === 'ENOENT' ? 'no such rules file' : unreadableReason(error)}`,
		);
	}

	return {file, text};
}
