/**
What happens to each test in this run: its reports (outcome, phase, failure kind, reason), duration
and warning, from the seed and the run index as consecutive CI runs differ.
*/
import type {GenerateOptions} from './options.js';
import {hashNumbers, pickBy, unit} from './random.js';
import type {TestItem} from './suite.js';
import type {Area, KindName} from './suite-spec.js';

export type ReportOutcome =
	'passed' | 'failed' | 'error' | 'skipped' | 'xfailed' | 'xpassed';

export type Phase = 'setup' | 'call' | 'teardown';

export type TestReport = {
	readonly outcome: ReportOutcome;
	readonly phase: Phase;
	readonly kind?: KindName;
	/** Skip or xfail reason. */
	readonly reason?: string;
};

export type Plan = {
	readonly item: TestItem;
	readonly reports: readonly TestReport[];
	readonly seconds: number;
	readonly hasWarning: boolean;
};

const areaKinds: Record<Area, ReadonlyArray<readonly [KindName, number]>> = {
	auth: [
		['assertion', 4],
		['conn-refused', 2],
		['key-error', 2],
		['timeout', 1],
		['redis-conn', 1],
	],
	cache: [
		['assertion', 4],
		['redis-conn', 3],
		['memory', 1],
		['key-error', 1],
	],
	concurrency: [
		['assertion', 5],
		['pytest-timeout', 2],
		['timeout', 2],
	],
	database: [
		['pg-operational', 3],
		['pg-serialization', 2],
		['assertion', 3],
		['pytest-timeout', 1],
	],
	network: [
		['conn-refused', 3],
		['timeout', 2],
		['pytest-timeout', 2],
		['circuit-open', 2],
		['assertion', 2],
	],
	resources: [
		['memory', 2],
		['emfile', 2],
		['disk-full', 1],
		['assertion', 3],
	],
	core: [
		['assertion', 4],
		['key-error', 1],
		['type-error', 2],
	],
	api: [
		['assertion', 4],
		['conn-refused', 1],
		['key-error', 1],
	],
};

const setupKinds: Record<Area, readonly KindName[]> = {
	auth: ['fixture-missing', 'addr-in-use'],
	cache: ['redis-setup', 'fixture-missing'],
	concurrency: ['addr-in-use'],
	database: ['pg-setup'],
	network: ['addr-in-use', 'fixture-missing'],
	resources: ['addr-in-use'],
	core: ['fixture-missing'],
	api: ['addr-in-use'],
};

const skipReasons: Record<Area, readonly string[]> = {
	auth: ['requires a live Vault instance for secret rotation'],
	cache: ['redis cluster mode is not enabled on this runner'],
	concurrency: ['free-threaded CPython build required'],
	database: ['requires PostgreSQL 16 logical replication'],
	network: ['toxiproxy is not available on this runner'],
	resources: ['requires cgroup v2 with the io controller'],
	core: ['tzdata is not installed'],
	api: ['OpenAPI schema validation is disabled'],
};

const areaWeight: Record<Area, number> = {
	auth: 1.1,
	cache: 1.1,
	concurrency: 1.2,
	database: 1.1,
	network: 1.2,
	resources: 1,
	core: 0.4,
	api: 0.6,
};

function chooseKind(item: TestItem, salt: number): KindName {
	if (item.kinds !== undefined) {
		return pickBy(item.kinds, hashNumbers(item.hash, salt));
	}

	const weights = areaKinds[item.area];
	const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
	let ticket = hashNumbers(item.hash, salt) % total;
	for (const [kind, weight] of weights) {
		if (ticket < weight) {
			return kind;
		}

		ticket -= weight;
	}

	return 'assertion';
}

function otherKind(item: TestItem, kind: KindName): KindName {
	const candidates = areaKinds[item.area]
		.map(([name]) => name)
		.filter(name => name !== kind);
	return candidates.length === 0
		? 'timeout'
		: pickBy(candidates, hashNumbers(item.hash, 41));
}

function isOn(parity: 'odd' | 'even', run: number, shift = 0): boolean {
	return ((run + shift) % 2 === 1) === (parity === 'odd');
}

export function planTest(
	item: TestItem,
	options: GenerateOptions,
	moduleFactor: number,
): Plan {
	const {run} = options;
	const h = item.hash;
	const roll = (salt: number) => unit(hashNumbers(h, salt));
	const runRoll = (salt: number) => unit(hashNumbers(h, salt, run));
	const hasWarning =
		(item.area === 'cache' || item.area === 'auth') && roll(90) < 0.12;
	let seconds =
		item.area === 'core' || item.area === 'api'
			? 0.002 + runRoll(91) * 0.08
			: 0.05 + runRoll(91) ** 3 * 4;
	const result = (
		reports: TestReport[],
		extraSeconds = 0,
		warns = hasWarning,
	): Plan => ({
		item,
		reports,
		seconds: seconds + extraSeconds,
		hasWarning: warns,
	});
	const failure = (kind: KindName): TestReport => {
		if (kind === 'pytest-timeout') {
			seconds = 30 + runRoll(92) * 0.05;
		} else if (kind === 'timeout') {
			seconds += 5;
		}

		return {outcome: 'failed', phase: 'call', kind};
	};

	const setupError = (kind: KindName): Plan =>
		result([{outcome: 'error', phase: 'setup', kind}], 0, false);
	const passed = (): Plan => result([{outcome: 'passed', phase: 'call'}]);
	const behaviour = item.behaviour;

	if (options.outage && item.area !== 'core') {
		const isMarked = behaviour?.type === 'skip' || behaviour?.type === 'xfail';
		if (!isMarked && roll(20) < 0.93) {
			seconds = 1.5 + runRoll(93);
			return item.className === undefined
				? result([failure('outage-call')], 0, false)
				: setupError('outage-setup');
		}
	}

	if (behaviour !== undefined) {
		switch (behaviour.type) {
			case 'pass': {
				return passed();
			}

			case 'skip': {
				return result(
					[{outcome: 'skipped', phase: 'setup', reason: behaviour.reason}],
					-seconds,
					false,
				);
			}

			case 'xfail': {
				const xpass =
					behaviour.xpassOn !== undefined && isOn(behaviour.xpassOn, run);
				return result([
					{
						outcome: xpass ? 'xpassed' : 'xfailed',
						phase: 'call',
						reason: behaviour.reason,
					},
				]);
			}

			case 'fail': {
				return result([failure(behaviour.kind ?? chooseKind(item, 1))]);
			}

			case 'setup-error': {
				return setupError(behaviour.kind);
			}

			case 'flaky': {
				return isOn(behaviour.failOn, run)
					? result([failure(behaviour.kind ?? chooseKind(item, 1))])
					: passed();
			}

			case 'fixed': {
				return run < behaviour.at
					? result([failure(behaviour.kind ?? chooseKind(item, 1))])
					: passed();
			}

			case 'new': {
				return run >= behaviour.at
					? result([failure(behaviour.kind ?? chooseKind(item, 1))])
					: passed();
			}

			case 'changed': {
				return result([
					failure(run >= behaviour.at ? behaviour.later : behaviour.kind),
				]);
			}

			case 'teardown': {
				const first: TestReport =
					behaviour.after === 'pass'
						? {outcome: 'passed', phase: 'call'}
						: failure(chooseKind(item, 1));
				return result([
					first,
					{outcome: 'error', phase: 'teardown', kind: 'rmtree-teardown'},
				]);
			}
		}
	}

	const marker = roll(1);
	if (marker < 0.02) {
		return result(
			[
				{
					outcome: 'skipped',
					phase: 'setup',
					reason: pickBy(skipReasons[item.area], hashNumbers(h, 2)),
				},
			],
			-seconds,
			false,
		);
	}

	if (marker < 0.026) {
		return result([
			{
				outcome: runRoll(3) < 0.3 ? 'xpassed' : 'xfailed',
				phase: 'call',
				reason: 'known issue, tracked in CHAOS-' + String(100 + (h % 800)),
			},
		]);
	}

	const probability = Math.min(
		0.95,
		options.failRatio * areaWeight[item.area] * moduleFactor,
	);
	if (roll(4) < probability) {
		if (roll(5) < 0.1) {
			return setupError(pickBy(setupKinds[item.area], hashNumbers(h, 6)));
		}

		const kind = chooseKind(item, 1);
		if (roll(7) < 0.12 && run >= 2 + Math.floor(roll(8) * 3)) {
			return passed(); // Fixed since.
		}

		if (roll(9) < 0.08 && run >= 2 + Math.floor(roll(10) * 3)) {
			return result([failure(otherKind(item, kind))]); // The error changed.
		}

		if (roll(11) < 0.004) {
			return result([
				failure(kind),
				{outcome: 'error', phase: 'teardown', kind: 'rmtree-teardown'},
			]);
		}

		return result([failure(kind)]);
	}

	if (
		roll(12) < 0.02 * areaWeight[item.area] &&
		runRoll(13) < 0.5 // Flaky.
	) {
		return result([failure(chooseKind(item, 1))]);
	}

	if (roll(14) < probability * 0.12 && run >= 2 + Math.floor(roll(15) * 3)) {
		return result([failure(chooseKind(item, 1))]); // New since.
	}

	if (roll(16) < 0.002) {
		return result([
			{outcome: 'passed', phase: 'call'},
			{outcome: 'error', phase: 'teardown', kind: 'rmtree-teardown'},
		]);
	}

	return passed();
}
