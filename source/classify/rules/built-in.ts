/**
The built-in rules in the order they are tried: rules on the error itself, flakiness, the old analyzer's
name rules, the fallback.
*/

import {
	defaultCategories,
	defaultPriorities,
	unknownCategory,
} from '../categories.js';
import {importAndCollectionRules} from './imports-and-collection.js';
import {fileSystemRules, machineLimitRules} from './machine.js';
import {serviceRules} from './services.js';
import {nameRules} from './test-names.js';
import {
	builtInOrigin,
	type Rule,
	type RuleSet,
	type RuleSpec,
} from './types.js';
import {warningAndMarkerRules} from './warnings-and-markers.js';

const flakyRule: RuleSpec = {
	name: 'flaky',
	match: {flaky: true},
	category: 'TEST_DESIGN',
	priority: 'MEDIUM',
	reason:
		'Its outcome flips between runs or it passed on a rerun: the test depends on timing, order or shared state',
};

export const fallbackRule: RuleSpec = {
	name: 'default',
	match: {},
	category: unknownCategory,
	priority: 'MEDIUM',
	reason: 'No rule matched: read the traceback',
};

/** The built-in rules in order: rules on the error itself, the old analyzer's name rules, the fallback. */
export const builtInRules: readonly Rule[] = [
	...importAndCollectionRules,
	...fileSystemRules,
	...serviceRules,
	...machineLimitRules,
	...warningAndMarkerRules,
	flakyRule,
	...nameRules,
	fallbackRule,
].map(rule => ({...rule, origin: builtInOrigin}));

/** The default categories and priorities with the built-in rules. */
export function builtInRuleSet(): RuleSet {
	return {
		categories: defaultCategories,
		priorities: defaultPriorities,
		rules: builtInRules,
	};
}
