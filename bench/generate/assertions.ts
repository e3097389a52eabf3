/**
The assertions tests fail on: the source line of each and what pytest prints for it (plain asserts,
comparisons, string diffs as pytest 7 and 8 print them).
*/
import type {Flavor} from './environment.js';
import {
	type AssertionText,
	boundMethod,
	plainAssert,
	stringDiff,
} from './failure.js';
import {type Random} from './random.js';
import type {Area} from './suite-spec.js';

export const authContention = (): AssertionText => ({
	source:
		'assert contention_events > 0, "Should experience some auth contention under load"',
	lines: [
		'AssertionError: Should experience some auth contention under load',
		'assert 0 > 0',
	],
});

export const assertions: Record<
	string,
	(random: Random, flavor: Flavor) => AssertionText
> = {
	'auth-contention': authContention,
	'expired-accepted': () => ({
		source:
			'assert response.status_code == 401, "Expired token was accepted by /v1/session"',
		lines: [
			'AssertionError: Expired token was accepted by /v1/session',
			'assert 200 == 401',
			' +  where 200 = <Response [200]>.status_code',
		],
	}),
	'signature-accepted'(random) {
		const kid = random.hex(8);
		return {
			source:
				'assert not verifier.accepts(forged), f"Forged token accepted (kid={kid})"',
			lines: [
				`AssertionError: Forged token accepted (kid=${kid})`,
				'assert not True',
			],
		};
	},
	'rbac-escalation': (_, flavor) => ({
		source: `assert effective_role == "viewer", "Role 'viewer' escalated"`,
		lines: [
			"AssertionError: Role 'viewer' escalated",
			"assert 'admin' == 'viewer'",
			...stringDiff(flavor, 'admin', 'viewer'),
		],
	}),
	stampede(random) {
		const count = random.int(12, 96);
		return {
			source:
				'assert recomputations == 1, f"Stampede: {recomputations} concurrent recomputations"',
			lines: [
				`AssertionError: Stampede: ${count} concurrent recomputations`,
				`assert ${count} == 1`,
			],
		};
	},
	'cache-memory': random => ({
		source:
			'assert rss_mib <= budget_mib, "Cache exceeded its memory budget under pressure"',
		lines: [
			'AssertionError: Cache exceeded its memory budget under pressure',
			`assert ${random.float(530, 900).toFixed(1)} <= 512`,
		],
	}),
	'stale-read'(random, flavor) {
		const version = random.int(1, 40);
		return {
			source: `assert cache.get(key) == fresh_value`,
			lines: plainAssert([
				`assert 'v${version}' == 'v${version + 1}'`,
				...stringDiff(flavor, `v${version}`, `v${version + 1}`),
			]),
		};
	},
	'lost-updates'(random) {
		const value = 10_000 - random.int(3, 400);
		return {
			source: 'assert counter.value == 10000',
			lines: [
				`assert ${value} == 10000`,
				` +  where ${value} = <chaos_service.counters.SharedCounter object at ${random.address()}>.value`,
			],
		};
	},
	deadlock(random, flavor) {
		const method = boundMethod(
			flavor,
			'chaos_service.locks.LockMonitor',
			'deadlock_detected',
			random.address(),
		);
		return {
			source:
				'assert monitor.deadlock_detected(), "Deadlock not detected within 5.0s"',
			lines: [
				'AssertionError: Deadlock not detected within 5.0s',
				'assert False',
				` +  where False = ${method.call}()`,
				` +    where ${method.where}`,
			],
		};
	},
	'rollback-visible'(random, flavor) {
		const rows = random.int(1, 12);
		const runId = random.uuid();
		const callee =
			flavor.major === '7'
				? `<function count_rows at ${random.address()}>`
				: 'count_rows';
		return {
			source:
				'assert count_rows("orders", run_id) == 0, "Rows visible after rollback"',
			lines: [
				'AssertionError: Rows visible after rollback',
				`assert ${rows} == 0`,
				` +  where ${rows} = ${callee}('orders', '${runId}')`,
			],
		};
	},
	'replica-divergence'(random) {
		const keys = Array.from(
			{length: random.int(1, 3)},
			() => `'order:${random.int(1000, 99_999)}'`,
		);
		return {
			source:
				'assert not diverged, f"{len(diverged)} keys diverged after partition heal"',
			lines: [
				`AssertionError: ${keys.length} keys diverged after partition heal`,
				`assert not [${keys.join(', ')}]`,
			],
		};
	},
	'p99-latency'(random) {
		const p99 = random.float(0.61, 4.9).toFixed(4);
		return {
			source: 'assert p99 < SLO_SECONDS, f"p99 latency {p99}s exceeds the SLO"',
			lines: [
				`AssertionError: p99 latency ${p99}s exceeds the SLO`,
				`assert ${p99} < 0.5`,
			],
		};
	},
	'retry-budget': () => ({
		source: 'assert attempts < max_attempts, "Retry budget exhausted"',
		lines: ['AssertionError: Retry budget exhausted', 'assert 5 < 5'],
	}),
	'fd-leak'(random, flavor) {
		const open = random.int(120, 1021);
		const callee =
			flavor.major === '7'
				? `<function open_fds at ${random.address()}>`
				: 'open_fds';
		return {
			source: 'assert open_fds() <= baseline + 8, "File descriptors leaked"',
			lines: [
				'AssertionError: File descriptors leaked',
				`assert ${open} <= (64 + 8)`,
				` +  where ${open} = ${callee}()`,
			],
		};
	},
	'memory-growth'(random) {
		const growth = random.float(60, 700).toFixed(1);
		return {
			source:
				'assert growth_mib < 50, f"Memory grew by {growth_mib} MiB under load"',
			lines: [
				`AssertionError: Memory grew by ${growth} MiB under load`,
				`assert ${growth} < 50`,
			],
		};
	},
	'status-code'(random) {
		const code = random.pick([500, 502, 503]);
		return {
			source: 'assert response.status_code == 201',
			lines: [
				`assert ${code} == 201`,
				` +  where ${code} = <Response [${code}]>.status_code`,
			],
		};
	},
	'not-found': () => ({
		source: 'assert response.status_code == 404',
		lines: [
			'assert 500 == 404',
			' +  where 500 = <Response [500]>.status_code',
		],
	}),
	'decimal-rounding': () => ({
		source: 'assert total == Decimal("1.234")',
		lines: plainAssert([
			"assert Decimal('1.235') == Decimal('1.234')",
			" +  where Decimal('1.234') = Decimal('1.234')",
		]),
	}),
	'health-dependencies': (_, flavor) => ({
		source: 'assert body["dependencies"]["redis"] == "ok"',
		lines: plainAssert([
			"assert 'degraded' == 'ok'",
			...stringDiff(flavor, 'degraded', 'ok'),
		]),
	}),
};

export const areaAssertions: Record<Area, readonly string[]> = {
	auth: ['auth-contention', 'expired-accepted', 'rbac-escalation'],
	cache: ['stampede', 'cache-memory', 'stale-read'],
	concurrency: ['lost-updates', 'deadlock'],
	database: ['rollback-visible', 'replica-divergence'],
	network: ['p99-latency', 'retry-budget'],
	resources: ['fd-leak', 'memory-growth'],
	core: ['decimal-rounding', 'status-code'],
	api: ['status-code', 'not-found', 'health-dependencies'],
};
