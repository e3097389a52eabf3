/**
What a rule is: the conditions it matches on, its verdict, and the suggestion it makes. Rules are data
(regular expressions and lists); they never execute code.
*/

import type {FailureOutcome, Phase} from '../../log/model.js';
import type {Category, Priority} from '../categories.js';
import type {Pattern} from '../pattern.js';

/** Code the project owns: its tests (test folders, test_*.py, conftest.py) or the app under test. */
export const projectOrigins = ['test', 'app'] as const;
export type ProjectOrigin = (typeof projectOrigins)[number];

/** Where a frame's code comes from: the project, or a library (site-packages, the stdlib, pytest). */
export const codeOrigins = [...projectOrigins, 'library'] as const;
export type CodeOrigin = (typeof codeOrigins)[number];

/**
What a test that hung past pytest-timeout waited on (rules/hang.ts). `locks`: every stack waits on a lock, a
condition, a queue or a future; `io`: one waits on a socket; else what the test's own thread was doing: `sleep`,
sleeping in the test's code; `busy`, running the project's own code on a line that calls nothing (a loop).
*/
export const waitKinds = ['locks', 'io', 'sleep', 'busy', 'refused'] as const;
export type WaitKind = (typeof waitKinds)[number];

/** What a rule looks at. Every condition given must hold; an empty match matches every failure. */
export type RuleMatch = {
	/** The node id. */
	readonly id?: Pattern;
	/** The file part of the node id. */
	readonly file?: Pattern;
	/** The test's own name: the last part of the node id, without parameters (`test_jwt`). */
	readonly name?: Pattern;
	/** The headline and the traceback's `E` lines (the exception and its message). */
	readonly message?: Pattern;
	/** The whole traceback as printed. */
	readonly traceback?: Pattern;
	/** The exception's type as printed, module path included (`requests.exceptions.SSLError`). */
	readonly exception?: Pattern;
	/** Where the exception was raised: the innermost frame of the traceback (see crash-site.ts). */
	readonly raisedIn?: readonly CodeOrigin[];
	/** The innermost frame of the project's own code (test or app): who called the library that raised. */
	readonly calledFrom?: readonly ProjectOrigin[];
	/**
	The source line printed under that frame: the call the project's code made (`return dbm.open(settings.DB,
	"r")`), where a value the library refused came from.
	*/
	readonly callSource?: Pattern;
	/** What a test that hung (pytest-timeout) was waiting on, in its own stack and its threads' stacks. */
	readonly waitingOn?: readonly WaitKind[];
	readonly outcome?: readonly FailureOutcome[];
	readonly phase?: readonly Phase[];
	/** Areas (`auth`, `database`, …; see area.ts). */
	readonly area?: readonly string[];
	/** True: only flaky tests; false: only tests that are not flaky. */
	readonly flaky?: boolean;
	/**
	A negative condition: conditions that, when all of them hold, keep the rule from matching (`{message:
	/busy|try again later/}`: not when the message says a service is busy). They are read as the rule's own
	are, and add nothing to what a suggestion's reason says matched.
	*/
	readonly not?: NegatedMatch;
};

/** The conditions of a negative condition: those of a match, without a `not` of its own. */
export type NegatedMatch = Omit<RuleMatch, 'not'>;

export type Rule = {
	/** Short and unique within its origin (`connection-refused`). */
	readonly name: string;
	readonly match: RuleMatch;
	readonly category: string;
	readonly priority: string;
	readonly reason: string;
	/** `built-in`, or the rules file it comes from. */
	readonly origin: string;
};

/** A rule's verdict on one failure: a suggestion, which a person's decision always overrides. */
export type Suggestion = {
	readonly category: string;
	readonly priority: string;
	/** What matched in this failure, then the rule's reason (`matched "QueuePool limit" in the headline — …`). */
	readonly reason: string;
	/** The name of the rule that matched. */
	readonly rule: string;
};

/** The categories, priorities and rules in effect: user rules, built-in rules, the fallback. */
export type RuleSet = {
	readonly categories: readonly Category[];
	readonly priorities: readonly Priority[];
	readonly rules: readonly Rule[];
	/**
	The rules file's `issueUrl`: a link to an issue from its reference, `%s` standing for the reference
	(`https://github.com/org/repo/issues/%s`). See `triage/issue-link.ts`.
	*/
	readonly issueUrl?: string;
	/** The rules file's `rerun`: the command that runs failures again, `{ids}` for their node ids (`confirm/command.ts`). */
	readonly rerun?: string;
	/**
	The rules file's `store`: a team's PostgreSQL (`postgresql://user@host/db`, a password from PGPASSWORD
	or ~/.pgpass, never from a committed file), used unless `--store` or `TRIAGE_STORE` says otherwise.
	*/
	readonly store?: string;
};

export type SuggestContext = {
	readonly rules: readonly Rule[];
	/** Defaults to the area of the failure's file. */
	readonly area?: string;
	readonly isFlaky?: boolean;
};

export const builtInOrigin = 'built-in';

/** A built-in rule before it is given its origin. */
export type RuleSpec = Omit<Rule, 'origin'>;

/** The conditions of a match that are patterns, in the order they are checked and described. */
export const matchPatternKeys = [
	'id',
	'file',
	'name',
	'message',
	'traceback',
	'exception',
	'callSource',
] as const;
