/**
Reading the conditions of one rule of a rules file (`"match": {…}`): every pattern compiled on RE2, every
list checked against what it may hold, every problem reported with where it is.
*/

import {phases, type FailureOutcome, type Phase} from '../../log/model.js';
import {meant} from '../../did-you-mean.js';
import {
	compileUserPattern,
	isPatternError,
	type Pattern,
	shownPattern,
} from '../pattern.js';
import {
	codeOrigins,
	matchPatternKeys,
	projectOrigins,
	waitKinds,
	type CodeOrigin,
	type NegatedMatch,
	type ProjectOrigin,
	type RuleMatch,
	type WaitKind,
} from './types.js';

const matchKeys = new Set<string>([
	...matchPatternKeys,
	'outcome',
	'phase',
	'area',
	'flaky',
	'raisedIn',
	'calledFrom',
	'waitingOn',
	'not',
	'ignoreCase',
]);
const maximumPatternLength = 1000;

type KnownField =
	| 'rules'
	| 'categories'
	| 'name'
	| 'key'
	| 'description'
	| 'match'
	| 'category'
	| 'priority'
	| 'reason'
	| 'id'
	| 'file'
	| 'message'
	| 'traceback'
	| 'outcome'
	| 'phase'
	| 'area'
	| 'flaky'
	| 'exception'
	| 'raisedIn'
	| 'calledFrom'
	| 'callSource'
	| 'waitingOn'
	| 'not'
	| 'ignoreCase';

/** A parsed JSON object: any keys, with the ones this file knows readable by name. */
export type JsonObject = Readonly<Record<string, unknown>> &
	Readonly<Partial<Record<KnownField, unknown>>>;

export function isRecord(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function quote(value: unknown): string {
	return JSON.stringify(value) ?? String(value);
}

function compilePattern(
	value: unknown,
	where: string,
	ignoreCase: boolean,
	errors: string[],
): Pattern | undefined {
	if (typeof value !== 'string' || value === '') {
		errors.push(
			`${where}: must be a non-empty string (a regular expression), got ${quote(value)}`,
		);
		return undefined;
	}

	if (value.length > maximumPatternLength) {
		errors.push(
			`${where}: pattern is longer than ${maximumPatternLength} characters`,
		);
		return undefined;
	}

	const compiled = compileUserPattern(value, {ignoreCase});
	if (isPatternError(compiled)) {
		errors.push(
			`${where}: invalid pattern /${shownPattern(value)}/: ${compiled.error}`,
		);
		return undefined;
	}

	return compiled;
}

function stringList<T extends string>(
	value: unknown,
	where: string,
	allowed: readonly T[] | undefined,
	errors: string[],
): T[] | undefined {
	const list = typeof value === 'string' ? [value] : value;
	if (
		!Array.isArray(list) ||
		list.length === 0 ||
		!list.every(item => typeof item === 'string')
	) {
		errors.push(
			`${where}: must be a string or a non-empty list of strings, got ${quote(value)}`,
		);
		return undefined;
	}

	if (allowed) {
		const unknown = list.filter(item => !allowed.includes(item as T));
		if (unknown.length > 0) {
			errors.push(
				`${where}: unknown ${unknown.map(item => quote(item)).join(', ')}; expected one of ${allowed.join(', ')}`,
			);
			return undefined;
		}
	}

	return list as T[];
}

/**
A rule's `"not"`: conditions read as a match's are (`ignoreCase` from the rule's match unless it says its
own), at least one, and no `not` of their own.
*/
function readNegation(
	value: unknown,
	where: string,
	ignoreCase: unknown,
	errors: string[],
): NegatedMatch | undefined {
	if (!isRecord(value) || Object.keys(value).length === 0) {
		errors.push(
			`${where}: must be an object of at least one condition (the rule does not match a failure they all match), got ${quote(value)}`,
		);
		return undefined;
	}

	if (value.not !== undefined) {
		errors.push(`${where}: a 'not' cannot hold another 'not'`);
		return undefined;
	}

	return readMatch(
		value.ignoreCase === undefined
			? {...value, ignoreCase: ignoreCase === true}
			: value,
		where,
		errors,
	);
}

export function readMatch(
	value: unknown,
	where: string,
	errors: string[],
): RuleMatch | undefined {
	if (!isRecord(value)) {
		errors.push(
			`${where}: must be an object of conditions (use {} to match every failure), got ${quote(value)}`,
		);
		return undefined;
	}

	const before = errors.length;
	for (const key of Object.keys(value)) {
		if (!matchKeys.has(key)) {
			errors.push(
				`${where}: unknown condition '${key}'${meant(key, matchKeys)}; expected ${[...matchKeys].join(', ')}`,
			);
		}
	}

	const ignoreCase = value.ignoreCase ?? false;
	if (typeof ignoreCase !== 'boolean') {
		errors.push(
			`${where}.ignoreCase: must be true or false, got ${quote(ignoreCase)}`,
		);
	}

	const match: {-readonly [K in keyof RuleMatch]: RuleMatch[K]} = {};
	for (const key of matchPatternKeys) {
		if (value[key] !== undefined) {
			match[key] = compilePattern(
				value[key],
				`${where}.${key}`,
				ignoreCase === true,
				errors,
			);
		}
	}

	if (value.outcome !== undefined) {
		match.outcome = stringList<FailureOutcome>(
			value.outcome,
			`${where}.outcome`,
			['failed', 'error'],
			errors,
		);
	}

	if (value.phase !== undefined) {
		match.phase = stringList<Phase>(
			value.phase,
			`${where}.phase`,
			phases,
			errors,
		);
	}

	if (value.raisedIn !== undefined) {
		match.raisedIn = stringList<CodeOrigin>(
			value.raisedIn,
			`${where}.raisedIn`,
			codeOrigins,
			errors,
		);
	}

	if (value.calledFrom !== undefined) {
		match.calledFrom = stringList<ProjectOrigin>(
			value.calledFrom,
			`${where}.calledFrom`,
			projectOrigins,
			errors,
		);
	}

	if (value.waitingOn !== undefined) {
		match.waitingOn = stringList<WaitKind>(
			value.waitingOn,
			`${where}.waitingOn`,
			waitKinds,
			errors,
		);
	}

	if (value.area !== undefined) {
		match.area = stringList(value.area, `${where}.area`, undefined, errors);
	}

	if (value.flaky !== undefined) {
		if (typeof value.flaky === 'boolean') {
			match.flaky = value.flaky;
		} else {
			errors.push(
				`${where}.flaky: must be true or false, got ${quote(value.flaky)}`,
			);
		}
	}

	if (value.not !== undefined) {
		match.not = readNegation(value.not, `${where}.not`, ignoreCase, errors);
	}

	return errors.length === before ? match : undefined;
}
