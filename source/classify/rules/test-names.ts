/**
The old analyzer's guesses from a chaos test's name.
*/

import type {RuleSpec} from './types.js';

// The old analyzer only saw `tests/chaos/...::name PASSED|FAILED` lines and looked for words in the
// lowercased function name; its reasons are kept verbatim. They come after every rule on the error and
// on where it was raised: a guess from the name never overrides what the traceback says.
const chaosFile = /tests\/chaos\//;

function nameRule(
	name: string,
	words: readonly string[],
	subWords: readonly string[] | undefined,
	category: string,
	priority: string,
	reason: string,
): RuleSpec {
	const any = (list: readonly string[]) => list.join('|');
	// `evidence` is the word quoted in the reason (`matched "load" in the test name`).
	const pattern = subWords
		? new RegExp(
				`^(?=.*(?:${any(words)})).*?(?<evidence>${any(subWords)})`,
				'i',
			)
		: new RegExp(any(words), 'i');
	return {
		name,
		match: {file: chaosFile, name: pattern},
		category,
		priority,
		reason,
	};
}

const authWords = ['auth', 'jwt', 'rbac'];
const cacheWords = ['cache'];
const concurrencyWords = ['concurrency', 'race', 'deadlock'];
const databaseWords = ['database', 'consistency', 'transaction'];
const networkWords = ['network', 'connection', 'latency'];

export const nameRules: readonly RuleSpec[] = [
	nameRule(
		'old-analyzer/auth-load',
		authWords,
		['concurrent', 'load'],
		'ENVIRONMENT',
		'LOW',
		'Contention not detected - system too fast',
	),
	nameRule(
		'old-analyzer/auth-service-outage',
		authWords,
		['service_outage'],
		'BUG',
		'HIGH',
		'Auth service failure not handled correctly',
	),
	nameRule(
		'old-analyzer/auth-validation',
		authWords,
		['expiration', 'validation'],
		'BUG',
		'HIGH',
		'JWT validation logic may have issues',
	),
	nameRule(
		'old-analyzer/auth',
		authWords,
		undefined,
		'UNKNOWN',
		'MEDIUM',
		'Auth test without a known pattern in its name',
	),
	nameRule(
		'old-analyzer/cache-tuning',
		cacheWords,
		['memory_pressure', 'stampede'],
		'CONFIGURATION',
		'MEDIUM',
		'Cache pool size or eviction policy needs tuning',
	),
	nameRule(
		'old-analyzer/cache',
		cacheWords,
		undefined,
		'UNKNOWN',
		'MEDIUM',
		'Cache test without a known pattern in its name',
	),
	nameRule(
		'old-analyzer/concurrency-too-fast',
		concurrencyWords,
		['concurrent'],
		'ENVIRONMENT',
		'LOW',
		'Hardware too fast to trigger race condition',
	),
	nameRule(
		'old-analyzer/concurrency',
		concurrencyWords,
		undefined,
		'BUG',
		'HIGH',
		'Potential concurrency bug',
	),
	nameRule(
		'old-analyzer/database-limits',
		databaseWords,
		['load', 'concurrent'],
		'CONFIGURATION',
		'MEDIUM',
		'Pool size or connection limits need adjustment',
	),
	nameRule(
		'old-analyzer/database',
		databaseWords,
		undefined,
		'BUG',
		'HIGH',
		'Data consistency issue - needs investigation',
	),
	// The old analyzer said TEST_DESIGN here, which its own reason contradicts.
	nameRule(
		'old-analyzer/network',
		networkWords,
		undefined,
		'ENVIRONMENT',
		'LOW',
		'Network simulation not available in environment',
	),
];
