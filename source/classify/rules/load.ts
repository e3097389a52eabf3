/**
A team's rules file (`triage.rules.json`): read, checked, and put before the built-in rules.
*/

import {meant} from '../../did-you-mean.js';
import {
	defaultCategories,
	defaultPriorities,
	mergeCategories,
	type Category,
} from '../categories.js';
import {templateProblem} from '../../confirm/command.js';
import {hasPassword} from '../../store/url.js';
import {jsonMistake} from './json-mistake.js';
import {builtInRules, fallbackRule} from './built-in.js';
import {isRecord, quote, readMatch} from './read-match.js';
import type {Rule, RuleSet} from './types.js';

/** The result of reading a rules file: the rule set in effect, or every problem found in it. */
export type RulesLoad =
	| {readonly ok: true; readonly ruleSet: RuleSet}
	| {readonly ok: false; readonly errors: readonly string[]};

const topKeys = new Set([
	'rules',
	'categories',
	'issueUrl',
	'rerun',
	'store',
	'$schema',
]);
const ruleKeys = new Set(['name', 'match', 'category', 'priority', 'reason']);
function readCategories(value: unknown, errors: string[]): Category[] {
	if (value === undefined) {
		return [];
	}

	if (!Array.isArray(value)) {
		errors.push(`categories: must be a list, got ${quote(value)}`);
		return [];
	}

	const categories: Category[] = [];
	for (const [index, entry] of value.entries()) {
		const where = `categories[${index}]`;
		if (!isRecord(entry)) {
			errors.push(`${where}: must be an object with name, key and description`);
			continue;
		}

		const before = errors.length;
		for (const key of Object.keys(entry)) {
			if (key !== 'name' && key !== 'key' && key !== 'description') {
				errors.push(
					`${where}: unknown field '${key}'; expected name, key, description`,
				);
			}
		}

		const {name, key, description} = entry;
		if (typeof name !== 'string' || !/^[A-Z][A-Z\d_]*$/.test(name)) {
			errors.push(
				`${where}.name: must be an upper-case name like TEST_DESIGN, got ${quote(name)}`,
			);
		}

		if (typeof key !== 'string' || [...key].length !== 1) {
			errors.push(
				`${where}.key: must be a single character, got ${quote(key)}`,
			);
		}

		if (typeof description !== 'string' || description.trim() === '') {
			errors.push(`${where}.description: must be a non-empty string`);
		}

		if (errors.length === before) {
			categories.push({
				name: name as string,
				key: key as string,
				description: description as string,
			});
		}
	}

	return categories;
}

/**
The `issueUrl` template: an http(s) URL with one `%s` where an issue's reference goes. It becomes a
terminal hyperlink and a Markdown link, so nothing in it may be a space or a control character.
*/
function readIssueUrl(value: unknown, errors: string[]): string | undefined {
	if (value === undefined) {
		return undefined;
	}

	const where =
		'issueUrl: must be an http(s) URL with one %s for the reference';
	if (typeof value !== 'string') {
		errors.push(`${where}, got ${quote(value)}`);
		return undefined;
	}

	const example = value.replace('%s', '1');
	if (
		!/^https?:\/\/[^\s/]/i.test(value) ||
		value.split('%s').length !== 2 ||
		!/^[\u0021-\u007E]+$/.test(value) ||
		!URL.canParse(example)
	) {
		errors.push(
			`${where} (such as https://github.com/org/repo/issues/%s), got ${quote(value)}`,
		);
		return undefined;
	}

	return value;
}

/**
The `rerun` template: the command that runs failures again (`R` in the review), `{ids}` standing for
their node ids (`"tox -e py311 -- {ids}"`); see `confirm/command.ts`.
*/
function readRerun(value: unknown, errors: string[]): string | undefined {
	if (value === undefined) {
		return undefined;
	}

	if (typeof value !== 'string') {
		errors.push(
			`rerun: must be a command line with {ids}, such as "tox -e py311 -- {ids}", got ${quote(value)}`,
		);
		return undefined;
	}

	const problem = templateProblem(value);
	if (problem !== undefined) {
		errors.push(`rerun: ${problem}, got ${quote(value)}`);
		return undefined;
	}

	return value;
}

/** The `store`: a PostgreSQL URL without a password (the rules file is committed; PGPASSWORD or ~/.pgpass hold it). */
function readStore(value: unknown, errors: string[]): string | undefined {
	if (value === undefined) {
		return undefined;
	}

	if (typeof value !== 'string' || !/^postgres(?:ql)?:\/\/\S+$/i.test(value)) {
		errors.push(
			`store: must be a PostgreSQL URL (postgresql://user@host/database), got ${quote(value)}`,
		);
		return undefined;
	}

	if (hasPassword(value)) {
		errors.push(
			'store: holds a password; keep it out of the rules file (PGPASSWORD or ~/.pgpass)',
		);
		return undefined;
	}

	return value;
}

/** Built-in rules with renamed categories under their new names. */
export function renameCategories(
	rules: readonly Rule[],
	renames: ReadonlyMap<string, string>,
): Rule[] {
	return rules.map(rule => {
		const category = renames.get(rule.category);
		return category ? {...rule, category} : rule;
	});
}

function parseRulesJson(
	text: string,
	fileName: string,
):
	| {readonly ok: true; readonly data: unknown}
	| {readonly ok: false; readonly errors: readonly string[]} {
	try {
		// Editors on Windows (Notepad, VS with its default) save UTF-8 with a byte order mark.
		return {
			ok: true,
			data: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text),
		};
	} catch (error) {
		// A binary file's JSON error quotes its bytes back (`Unexpected token …` and a slice of them): say what it is instead.
		const head = new Set(text.slice(0, 4096));
		return {
			ok: false,
			errors: [
				head.has('\u0000')
					? `${fileName}: binary data, not a rules file (JSON)`
					: head.has('\uFFFD')
						? `${fileName}: not UTF-8 text: a rules file is JSON saved as UTF-8`
						: notJson(text, fileName, error),
			],
		};
	}
}

/** Where and why a rules file is not JSON: the line and a person's words where they can be told (`json-mistake.ts`). */
function notJson(text: string, fileName: string, error: unknown): string {
	const mistake = jsonMistake(text.startsWith('\uFEFF') ? text.slice(1) : text);
	return mistake === undefined
		? `${fileName}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`
		: `${fileName}:${mistake.line}:${mistake.column}: not valid JSON: ${mistake.reason}`;
}

/** A rules file's `store` alone, checked as `loadRulesFile` checks it; the rest of the file is not read. */
export function loadStoreField(
	text: string,
	fileName: string,
):
	| {readonly ok: true; readonly store: string | undefined}
	| {readonly ok: false; readonly errors: readonly string[]} {
	const parsed = parseRulesJson(text, fileName);
	if (!parsed.ok) {
		return parsed;
	}

	const errors: string[] = [];
	const store = isRecord(parsed.data)
		? readStore(parsed.data['store'], errors)
		: undefined;
	return errors.length > 0 ? {ok: false, errors} : {ok: true, store};
}

/**
Read a user rules file (`triage.rules.json`) into the rule set in effect: its rules first, then the
built-in rules. Every problem is reported, each naming the rule (index and name) and the field.

```json
{
	"categories": [{"name": "INFRA", "key": "i", "description": "CI machines and services"}],
	"issueUrl": "https://github.com/org/repo/issues/%s",
	"rerun": "tox -e py311 -- {ids}",
	"rules": [{
		"name": "redis down",
		"match": {"message": "Error 111 connecting to", "phase": ["setup", "call"]},
		"category": "INFRA", "priority": "HIGH", "reason": "redis-server is not running"
	}]
}
```
*/
export function loadRulesFile(text: string, fileName: string): RulesLoad {
	const parsed = parseRulesJson(text, fileName);
	if (!parsed.ok) {
		return parsed;
	}

	const {data} = parsed;

	const errors: string[] = [];
	// The README shows a rule on its own: pasted into a file as it is, it was five unknown fields.
	const isOneRule = isRecord(data) && !('rules' in data) && 'match' in data;
	if (isOneRule || (Array.isArray(data) && data.length > 0)) {
		return {
			ok: false,
			errors: [
				`${fileName}: ${isOneRule ? 'one rule' : 'a list'}, not a rules file: a rules file holds its rules in {"rules": [ … ]}`,
			],
		};
	}

	if (!isRecord(data)) {
		return {
			ok: false,
			errors: [
				`${fileName}: must be a JSON object with any of "rules", "categories", "issueUrl", "rerun", "store"`,
			],
		};
	}

	for (const key of Object.keys(data)) {
		if (!topKeys.has(key)) {
			errors.push(
				`unknown field '${key}'; expected rules, categories, issueUrl, rerun, store`,
			);
		}
	}

	const issueUrl = readIssueUrl(data['issueUrl'], errors);
	const rerun = readRerun(data['rerun'], errors);
	const store = readStore(data['store'], errors);

	const merged = mergeCategories(
		defaultCategories,
		readCategories(data.categories, errors),
	);
	errors.push(...merged.errors);
	const categoryNames = merged.categories.map(category => category.name);
	// A category of the file refused for its own mistake (a key taken, say) has its error already: a rule
	// naming it is not told again that the category is unknown.
	const refusedNames = new Set(
		(Array.isArray(data.categories) ? data.categories : [])
			.map(entry => (isRecord(entry) ? entry.name : undefined))
			.filter(
				(name): name is string =>
					typeof name === 'string' && !categoryNames.includes(name),
			),
	);
	const priorityNames = defaultPriorities.map(priority => priority.name);

	const rules: Rule[] = [];
	const names = new Set<string>();
	const rawRules = data.rules ?? [];
	if (Array.isArray(rawRules)) {
		for (const [index, entry] of rawRules.entries()) {
			const named =
				isRecord(entry) && typeof entry.name === 'string'
					? entry.name
					: undefined;
			const where = `rules[${index}]${named === undefined ? '' : ` (${quote(named)})`}`;
			if (!isRecord(entry)) {
				errors.push(
					`${where}: must be an object with match, category, priority, reason`,
				);
				continue;
			}

			const before = errors.length;
			for (const key of Object.keys(entry)) {
				if (!ruleKeys.has(key)) {
					errors.push(
						`${where}: unknown field '${key}'; expected ${[...ruleKeys].join(', ')}`,
					);
				}
			}

			if (
				entry.name !== undefined &&
				(typeof entry.name !== 'string' || entry.name === '')
			) {
				errors.push(`${where}.name: must be a non-empty string`);
			}

			const name = named ?? `rule ${index + 1}`;
			if (names.has(name)) {
				errors.push(
					`${where}.name: another rule in this file has the same name`,
				);
			}

			// Exports say `default` where no rule matched: a rule of that name would read as none.
			if (name === fallbackRule.name) {
				errors.push(
					`${where}.name: '${fallbackRule.name}' is what exports say when no rule matched; pick another`,
				);
			}

			names.add(name);
			const match = readMatch(entry.match, `${where}.match`, errors);
			if (
				typeof entry.category !== 'string' ||
				(!categoryNames.includes(entry.category) &&
					!refusedNames.has(entry.category))
			) {
				errors.push(
					entry.category === undefined
						? `${where}.category: missing; expected one of ${categoryNames.join(', ')}`
						: `${where}.category: unknown category ${quote(entry.category)}${meant(entry.category, categoryNames)}; expected one of ${categoryNames.join(', ')}`,
				);
			}

			if (
				typeof entry.priority !== 'string' ||
				!priorityNames.includes(entry.priority)
			) {
				errors.push(
					entry.priority === undefined
						? `${where}.priority: missing; expected one of ${priorityNames.join(', ')}`
						: `${where}.priority: unknown priority ${quote(entry.priority)}${meant(entry.priority, priorityNames)}; expected one of ${priorityNames.join(', ')}`,
				);
			}

			if (typeof entry.reason !== 'string' || entry.reason.trim() === '') {
				errors.push(`${where}.reason: must be a non-empty string saying why`);
			}

			if (errors.length === before && match) {
				rules.push({
					name,
					match,
					category: entry.category as string,
					priority: entry.priority as string,
					reason: entry.reason as string,
					origin: fileName,
				});
			}
		}
	} else {
		errors.push(`rules: must be a list, got ${quote(rawRules)}`);
	}

	if (errors.length > 0) {
		return {ok: false, errors: errors.map(error => `${fileName}: ${error}`)};
	}

	return {
		ok: true,
		ruleSet: {
			categories: merged.categories,
			priorities: defaultPriorities,
			// A rule named as a built-in one replaces it: exports name a suggestion's rule (`Source`
			// `rule:value-mismatch`), and two rules of one name would make that say nothing; and a built-in rule
			// added in a later release never makes a team's file invalid.
			rules: [
				...rules,
				...renameCategories(
					builtInRules.filter(rule => !names.has(rule.name)),
					merged.renames,
				),
			],
			...(issueUrl !== undefined && {issueUrl}),
			...(rerun !== undefined && {rerun}),
			...(store !== undefined && {store}),
		},
	};
}
