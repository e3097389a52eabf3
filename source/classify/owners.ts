/**
Owners from a CODEOWNERS file (GitHub's format): which people or teams own a test file. Plain data: the
file's text in, a matcher out; `codeowners-file.ts` finds and reads the file.

The patterns are matched by `ignore`, the gitignore implementation ESLint and others use, because
CODEOWNERS patterns follow gitignore's rules (anchoring by a leading or middle `/`, `*`, `**`, a
trailing `/` for a directory, a directory's pattern owning everything below it). On top of it, what
GitHub documents differently:

- the last matching line wins (a line without owners makes its files unowned);
- `docs/*` owns the files directly in `docs`, not those in its subfolders;
- paths are case-sensitive;
- `!` negation, `[ ]` character ranges and a `\#` escape do not work: such a line is skipped, with a
  warning;
- an owner is `@user`, `@org/team` or an e-mail address: GitHub skips a line with anything else as an
  owner (`team-a`, a forgotten `@`), and so does triage, with a warning, instead of reporting failures
  owned by `team-a`;
- a `#` starts a comment, also after a pattern and its owners.
*/
import ignore, {type Ignore} from 'ignore';
import type {Warning} from '../log/model.js';
import {unsafePattern} from '../log/sanitize.js';

export type OwnersRule = {
	/** The pattern as written. */
	readonly pattern: string;
	/** `@user`, `@org/team` or an e-mail address; empty: the files are explicitly unowned. */
	readonly owners: readonly string[];
	/** 1-based line in the CODEOWNERS file. */
	readonly line: number;
};

export type ParsedOwners = {
	readonly rules: readonly OwnersRule[];
	/** Lines skipped, each with why. */
	readonly warnings: readonly Warning[];
};

/** Read CODEOWNERS text into its rules, in file order. */
export function parseCodeowners(text: string): ParsedOwners {
	const rules: OwnersRule[] = [];
	const warnings: Warning[] = [];
	for (const [index, raw] of text.split(/\r\n|\r|\n/).entries()) {
		const line = index + 1;
		// A `#` after a space starts a comment; one inside a pattern or an owner does not.
		const content = raw.replace(/(?:^|\s)#.*$/, '').trim();
		if (content === '') {
			continue;
		}

		// Split on spaces that are not escaped (`docs/my\ notes/`).
		const [pattern = '', ...owners] = content
			.split(/(?<!\\)\s+/)
			.filter(part => part !== '');
		const notAnOwner = owners.find(owner => !isOwner(owner));
		const problem =
			unsupported(pattern) ??
			(owners.some(owner => unsafePattern.test(owner))
				? 'an owner with a control or invisible character'
				: notAnOwner === undefined
					? undefined
					: `'${notAnOwner}' is not an owner (@user, @org/team or an e-mail address)`);
		if (problem) {
			warnings.push({line, message: `${problem}: line skipped`});
			continue;
		}

		rules.push({pattern, owners, line});
	}

	return {rules, warnings};
}

/** `@user`, `@org/team` or an e-mail address, as GitHub accepts them. */
function isOwner(owner: string): boolean {
	return (
		/^@[\w.-]+(?:\/[\w.-]+)?$/.test(owner) ||
		/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(owner)
	);
}

/** What GitHub's CODEOWNERS does not support in a pattern, or undefined. */
function unsupported(pattern: string): string | undefined {
	if (pattern.startsWith('!')) {
		return 'negation (!) does not work in CODEOWNERS';
	}

	if (pattern.startsWith('\\#')) {
		return 'an escaped # does not work in CODEOWNERS';
	}

	if (/(?<!\\)\[/.test(pattern)) {
		return 'character ranges ([ ]) do not work in CODEOWNERS';
	}

	return undefined;
}

type CompiledRule = {
	readonly rule: OwnersRule;
	readonly matcher: Ignore;
	/** `dir/*`: files directly in the folder only. */
	readonly isShallow: boolean;
};

/**
The owners of a path (relative to the repository root, `/`-separated): the owners of the last rule that
matches it, `[]` when none does or that rule has no owners. Results are cached per path.
*/
export type OwnersOf = (path: string) => readonly string[];

const none: readonly string[] = [];

export function ownersMatcher(rules: readonly OwnersRule[]): OwnersOf {
	const compiled: CompiledRule[] = rules.map(rule => ({
		rule,
		matcher: ignore({ignorecase: false}).add(rule.pattern),
		isShallow: rule.pattern.endsWith('/*'),
	}));
	const cache = new Map<string, readonly string[]>();
	return path => {
		let owners = cache.get(path);
		if (owners === undefined) {
			owners = matchOwners(compiled, path);
			cache.set(path, owners);
		}

		return owners;
	};
}

/** Whether `ignore` can take the path: relative, normalized, inside the repository. */
function isRepositoryPath(path: string): boolean {
	return (
		path !== '' &&
		!path.startsWith('/') &&
		!/^\.\.?(?:\/|$)/.test(path) &&
		!path.includes('/../') &&
		!path.includes('/./') &&
		!path.includes('\\')
	);
}

function matchOwners(
	rules: readonly CompiledRule[],
	path: string,
): readonly string[] {
	if (!isRepositoryPath(path)) {
		return none;
	}

	const slash = path.lastIndexOf('/');
	const folder = slash === -1 ? undefined : `${path.slice(0, slash)}/`;
	for (let index = rules.length - 1; index >= 0; index--) {
		const {rule, matcher, isShallow} = rules[index]!;
		if (!matcher.ignores(path)) {
			continue;
		}

		// gitignore's `docs/*` also matches `docs/sub/`, and with it everything below: GitHub's does not.
		if (isShallow && folder !== undefined && matcher.ignores(folder)) {
			continue;
		}

		return rule.owners;
	}

	return none;
}

/** How failures nobody owns are listed. */
export const unowned = '(no owner)';

/**
The indexes of the failures each owner owns (a failure with several owners counts for each), most
failures first and the unowned last.
*/
export function failuresByOwner(
	failures: ReadonlyArray<{readonly owners?: readonly string[]}>,
): Array<[owner: string, indexes: number[]]> {
	const byOwner = new Map<string, number[]>();
	for (const [index, {owners = []}] of failures.entries()) {
		for (const owner of owners.length > 0 ? owners : [unowned]) {
			const list = byOwner.get(owner);
			if (list) {
				list.push(index);
			} else {
				byOwner.set(owner, [index]);
			}
		}
	}

	return [...byOwner].toSorted(
		(a, b) =>
			Number(a[0] === unowned) - Number(b[0] === unowned) ||
			b[1].length - a[1].length ||
			a[0].localeCompare(b[0]),
	);
}
