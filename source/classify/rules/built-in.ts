/**
The built-in rules in the order they are tried: rules on the error itself (its type and message), then
flakiness, then the assertion's own words, then where the error was raised, then the old analyzer's
guesses from the test name, then the fallback. Specific beats general: a rule on the error is never
overridden by a guess from where it was raised or from the name.
*/

import {
	defaultCategories,
	defaultPriorities,
	unknownCategory,
} from '../categories.js';
import {answerHandlingRules, answerTypeRules} from './answer-handling.js';
import {answerRules} from './answers.js';
import {assertionRules} from './assertions.js';
import {capturedOutputRules} from './captured-output.js';
import {configurationRules} from './configuration.js';
import {coroutineRules} from './coroutines.js';
import {databaseRules} from './databases.js';
import {defectRules} from './defects.js';
import {importAndCollectionRules} from './imports-and-collection.js';
import {librarySettingRules} from './library-setting-words.js';
import {locationRules} from './location.js';
import {machineDependentRules} from './machine-dependent.js';
import {fileSystemRules, machineLimitRules} from './machine.js';
import {securityCheckRules} from './security-checks.js';
import {serviceReplyRules} from './service-replies.js';
import {serviceRules} from './services.js';
import {settingValueRules} from './setting-values.js';
import {sharedStateRules} from './shared-state.js';
import {testCodeRules} from './test-code.js';
import {refusedSettingRules} from './refused-settings.js';
import {savepointRules} from './savepoints.js';
import {nameRules} from './test-names.js';
import {queryFieldRules} from './query-fields.js';
import {timeBudgetRules} from './time-budgets.js';
import {timeZoneRules} from './time-zones.js';
import {typeNameRules} from './type-names.js';
import {
	builtInOrigin,
	type Rule,
	type RuleSet,
	type RuleSpec,
} from './types.js';
import {waitRules} from './waits.js';
import {warningExpectationRules} from './warning-expectations.js';
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

/** The built-in rules in order (see the top of this file). */
export const builtInRules: readonly Rule[] = [
	...timeZoneRules,
	...importAndCollectionRules,
	...coroutineRules,
	...testCodeRules,
	...queryFieldRules,
	...machineDependentRules,
	...warningExpectationRules,
	...sharedStateRules,
	...answerHandlingRules,
	...configurationRules,
	...settingValueRules,
	...refusedSettingRules,
	...librarySettingRules,
	...savepointRules,
	...databaseRules,
	...fileSystemRules,
	...answerRules,
	...serviceRules,
	...serviceReplyRules,
	...answerTypeRules,
	...waitRules,
	...machineLimitRules,
	...defectRules,
	...typeNameRules,
	...warningAndMarkerRules,
	...capturedOutputRules,
	flakyRule,
	...timeBudgetRules,
	...assertionRules,
	...securityCheckRules,
	...locationRules,
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
