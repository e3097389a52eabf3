/**
What a suite is written in: its areas, the failure kinds, the fixed behaviours some tests have across
runs, and the specs of modules, classes and test functions.
*/
export const areas = [
	'auth',
	'cache',
	'concurrency',
	'database',
	'network',
	'resources',
	'core',
	'api',
] as const;

export type Area = (typeof areas)[number];

export type KindName =
	| 'assertion'
	| 'conn-refused'
	| 'redis-conn'
	| 'timeout'
	| 'pytest-timeout'
	| 'memory'
	| 'pg-operational'
	| 'pg-serialization'
	| 'key-error'
	| 'circuit-open'
	| 'emfile'
	| 'disk-full'
	| 'type-error'
	| 'fixture-missing'
	| 'addr-in-use'
	| 'pg-setup'
	| 'redis-setup'
	| 'rmtree-teardown'
	| 'outage-setup'
	| 'outage-call';

/** A fixed behaviour of a test across runs, for the tests the demo needs to show. */
export type Behaviour =
	| {readonly type: 'pass'}
	| {readonly type: 'skip'; readonly reason: string}
	| {
			readonly type: 'xfail';
			readonly reason: string;
			/** Runs on which it unexpectedly passes. */
			readonly xpassOn?: 'odd' | 'even';
	  }
	| {readonly type: 'fail'; readonly kind?: KindName}
	| {readonly type: 'setup-error'; readonly kind: KindName}
	| {
			readonly type: 'flaky';
			readonly failOn: 'odd' | 'even';
			readonly kind?: KindName;
	  }
	| {readonly type: 'fixed'; readonly at: number; readonly kind?: KindName}
	| {readonly type: 'new'; readonly at: number; readonly kind?: KindName}
	| {
			readonly type: 'changed';
			readonly at: number;
			readonly kind: KindName;
			readonly later: KindName;
	  }
	| {readonly type: 'teardown'; readonly after: 'pass' | 'fail'};

export type FunctionSpec = {
	readonly name: string;
	readonly params?: readonly string[];
	/** The argument the params go to, for the `@pytest.mark.parametrize` line. */
	readonly argument?: string;
	readonly fixtures?: readonly string[];
	/** Behaviour per param ('*' for all). */
	readonly behaviour?: Readonly<Record<string, Behaviour>>;
	/** Failure kinds this test tends to fail with; else the area's. */
	readonly kinds?: readonly KindName[];
	/** The assertion it makes, when it fails on one. */
	readonly assertion?: string;
};

export type ClassSpec = {
	/** Undefined for module-level tests. */
	readonly name?: string;
	readonly tests: readonly FunctionSpec[];
};

export type ModuleSpec = {
	readonly file: string;
	readonly area: Area;
	readonly classes: readonly ClassSpec[];
};

export function all(behaviour: Behaviour): Readonly<Record<string, Behaviour>> {
	return {'*': behaviour};
}
