/**
Built-in rules for state one test leaves to the next: an object the code keeps for the whole process that an
earlier test closed, so that a later test meets it closed, or a collection kept for the module that still holds
what earlier tests put in it. The code is right; the tests share what no fixture gives back.
*/

import type {RuleSpec} from './types.js';

/** A name the module keeps, bare or through its module (`SEEN`, `_memo`, `planner.SEASON`), not an object's `self.`. */
const moduleName = String.raw`(?!self\.)(?:[A-Za-z_]\w*\.)?(?:_\w+|[A-Z][A-Z\d_]*)`;

/**
The test's own assert line, under its frame, reading a collection the module keeps: the name itself compared
(`assert SEEN == ["agent-2"]`, `assert auction.BLOCKLIST == []`), a comprehension over it (`assert [item["flight"]
for item in ROUTED] == ["DY604"]`), or the code's answer about a store the test names as shared
(`assert claims.open_claims(shared_claims) == [...]`). Anchored at the frame's line; each part reads forward once.
*/
const assertOnModuleState = new RegExp(
	String.raw`(?:^|\n)[^\n]*\btest_\w*\.py:\d+: in test_?\w*\n[ \t]+assert (?:${moduleName} == |\[[^\n]*? for \w+ in ${moduleName}\] == |[^\n]*[(,][ \t]*shared_\w+[ \t]*[,)])`,
);

/**
`M == N` as pytest prints a failed size comparison, where M is the larger (one or two digits against fewer, or single
digits): the collection holds more than the test expects. Larger sizes of equal length are not read (no match).
*/
const largerThanExpected = [
	String.raw`[1-9]\d{2,} == \d{1,2}`,
	String.raw`[1-9]\d == \d`,
	...Array.from({length: 9}, (_, index) => `${index + 1} == [0-${index}]`),
].join('|');

/**
The test's own line asserting the size of a collection kept for the module (`assert len(ISSUED) == 1`, `assert
len(dispatch.REGISTRY) == 3`), and pytest's `E` line right under it finding it larger. Anchored at the frame's line.
*/
const moduleStateLarger = new RegExp(
	String.raw`(?:^|\n)[^\n]*\btest_\w*\.py:\d+: in test_?\w*\n[ \t]+assert len\(${moduleName}\) == \d+[ \t]*\nE[ \t]+(?:AssertionError: )?assert (?:${largerThanExpected})[ \t]*(?:\n|$)`,
);

export const sharedStateRules: readonly RuleSpec[] = [
	// A thread or process pool the code keeps at module level (`_executor.map(…)`, `ENCODERS.map(…)`,
	// `_turndown.submit(…)`: a private or upper-case name, not `self.` or a local) refusing work because it was shut
	// down: the code's own shutdown function exists for the end of the process, and an earlier test called it, so every
	// later test in the process meets a closed pool. Suites 13, 41 and 43 decided all three so (an earlier test's
	// `stop_encoders()`, `shutdown_turndown()`). A pool the code makes and closes in one function (a local, `self.`) is
	// not read so, nor the interpreter's own shutdown (`after interpreter shutdown`).
	{
		name: 'module-pool-shut-by-earlier-test',
		match: {
			phase: ['call', 'setup'],
			message: /cannot schedule new futures after shutdown/,
			traceback:
				/(?:^|\n)\s+[^\n]*(?<![\w.])(?:_\w+|[A-Z][A-Z\d_]*)\.(?:submit|map)\(/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'A pool the code keeps for the whole process refuses work because it was shut down: an earlier test in the same process called its shutdown, and no fixture starts a fresh one. The tests share the pool; the code is right to refuse',
	},
	// An equality the test asserts on a collection kept for the module (a module-level list, dict or memo, upper-case
	// or private, or a store the test names shared_…), which pytest finds holding more than the test expects (`Left
	// contains one more item`): earlier tests put items there and nothing cleared them, so the result depends on which
	// tests ran before. Of the 22 such mismatches in the sets, the 12 read through such a name were all decided the
	// tests' shared state (suites 14 to 36 and 52); the seven decided the code's (a memo never invalidated, a race, files
	// or tasks the code leaves behind) compare the code's answer or a local (`calls`, `pending`, `os.listdir(tmp_path)`).
	{
		name: 'module-state-holds-earlier-items',
		match: {
			phase: ['call'],
			exception: /(?:^|\.)AssertionError$/,
			raisedIn: ['test'],
			message: /\bLeft contains (?:one|\d+) more items?\b/,
			traceback: assertOnModuleState,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test compares a collection kept for the whole module (a module-level list or memo, or a store it names as shared) and finds more in it than it expects: earlier tests put items there and nothing cleared them, so the outcome depends on which tests ran before',
	},
	// The test reads an attribute of its own test class that is not there (`AttributeError: type object 'TestNetwork'
	// has no attribute 'label_id'`), raised on the test's line: pytest makes a new instance for each test, so a value
	// one test passes to another is put on the class, and an earlier test that failed, was deselected or ran later
	// never put it there; or the test misspells the name. Either way it is the test's code, not the code under test's.
	// An instance's missing attribute (`'TestX' object has no attribute`) is not read so: library helpers (TestClient,
	// TestResponse) and unittest's own classes word their errors that way.
	{
		name: 'test-class-attribute-missing',
		match: {
			phase: ['call'],
			exception: /(?:^|\.)AttributeError$/,
			raisedIn: ['test'],
			message:
				/(?:^|\n)AttributeError: type object '(?:Test\w*|\w+Tests?)' has no attribute '\w+'/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test reads an attribute of its own test class that is not there: a value an earlier test was to leave on the class (one that failed, was not selected or runs later), or a name the test misspells; the tests depend on each other's state or order",
	},
	// The same, asked as the collection's size (`assert len(ISSUED) == 1`, pytest's `assert 2 == 1`): the five such
	// failures in the sets' logs (suites 10, 11, 23, 24, 27) were all decided the tests'; the four larger than
	// expected (read here) because earlier tests added to it.
	{
		name: 'module-state-larger-than-expected',
		match: {
			phase: ['call'],
			exception: /(?:^|\.)AssertionError$/,
			raisedIn: ['test'],
			traceback: moduleStateLarger,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test counts a collection kept for the whole module (a module-level list or registry) and finds more in it than it expects: earlier tests added to it and nothing cleared it, so the outcome depends on which tests ran before',
	},
];
