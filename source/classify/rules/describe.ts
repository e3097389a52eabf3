/**
The text of `triage rules`: categories, priorities and every rule in the order it is tried.
*/

import {sanitizeLine} from '../../log/sanitize.js';
import {builtInRules} from './built-in.js';
import {shownPattern} from './shown-pattern.js';
import {
	builtInOrigin,
	matchPatternKeys,
	type NegatedMatch,
	type RuleMatch,
	type RuleSet,
} from './types.js';

function describeMatch(match: RuleMatch | NegatedMatch): string {
	const parts: string[] = [];
	if (match.outcome) {
		parts.push(`outcome ${match.outcome.join('|')}`);
	}

	if (match.phase) {
		parts.push(`phase ${match.phase.join('|')}`);
	}

	if (match.area) {
		parts.push(`area ${match.area.join('|')}`);
	}

	if (match.flaky !== undefined) {
		parts.push(match.flaky ? 'flaky' : 'not flaky');
	}

	for (const key of matchPatternKeys) {
		const pattern = match[key];
		if (pattern) {
			parts.push(`${key} ${shownPattern(pattern.toString())}`);
		}
	}

	if (match.raisedIn) {
		parts.push(`raised in ${match.raisedIn.join('|')}`);
	}

	if (match.calledFrom) {
		parts.push(`called from ${match.calledFrom.join('|')}`);
	}

	if (match.waitingOn) {
		parts.push(`waiting on ${match.waitingOn.join('|')}`);
	}

	if ('not' in match && match.not) {
		parts.push(`not (${describeMatch(match.not)})`);
	}

	return parts.length === 0 ? 'every failure' : parts.join(', ');
}

/** A rules file's text made inert for a terminal: control characters shown as `\\xNN`. */
const visible = sanitizeLine;

/** The text of `triage rules`: categories, priorities, then every rule in the order it is tried. */
export function describeRules(ruleSet: RuleSet): string {
	const lines: string[] = ['CATEGORIES'];
	for (const category of ruleSet.categories) {
		lines.push(
			`  ${visible(category.key)}  ${visible(category.name).padEnd(15)} ${visible(category.description)}`,
		);
	}

	lines.push('', 'PRIORITIES');
	for (const priority of ruleSet.priorities) {
		lines.push(
			`  ${priority.key}  ${priority.name.padEnd(15)} ${priority.description}`,
		);
	}

	lines.push('', 'RULES (in order; the first match wins)');
	const width = String(ruleSet.rules.length).length;
	const builtInNames = new Set(builtInRules.map(rule => rule.name));
	for (const [index, rule] of ruleSet.rules.entries()) {
		// A team's rule named as a built-in one takes its place (`load.ts`).
		const replaces =
			rule.origin !== builtInOrigin && builtInNames.has(rule.name)
				? ' (replaces the built-in rule of this name)'
				: '';
		const when = describeMatch(rule.match);
		// A rule of no condition (`"match": {}`) takes every failure: say what that leaves of the rules after it.
		const after = ruleSet.rules.length - index - 1;
		const shadows =
			when === 'every failure' && after > 0
				? ` (so the ${after === 1 ? 'rule' : `${after} rules`} after it ${after === 1 ? 'is' : 'are'} never reached)`
				: '';
		lines.push(
			`  ${String(index + 1).padStart(width)}. ${visible(rule.name)} [${visible(rule.origin)}]${replaces}`,
			`  ${' '.repeat(width)}  when ${visible(when)}${shadows}`,
			`  ${' '.repeat(width)}  then ${rule.category}, ${rule.priority}: ${visible(rule.reason)}`,
		);
	}

	return lines.join('\n') + '\n';
}
