/**
The suite a seed and a size make: the base modules, cut down for a small suite or followed by
generated modules for a big one, and the test items of each module with their node ids.
*/
import {baseModules} from './base-suite.js';
import type {GenerateOptions} from './options.js';
import {hashNumbers, hashString, itemAt, pickBy, unit} from './random.js';
import {
	type Area,
	type Behaviour,
	type ClassSpec,
	type FunctionSpec,
	type KindName,
	type ModuleSpec,
	areas,
} from './suite-spec.js';

// Vocabulary of the generated modules that make big suites.
const topics =
	`burst failover soak recovery degradation partition saturation regression matrix limits drills fuzz`.split(
		' ',
	);
const verbs =
	`recover retry drain throttle failover rebalance evict reconnect replay shed degrade isolate restart heal saturate expire rollback resync flush probe`.split(
		' ',
	);
const nouns =
	`session token pool replica shard queue lease socket cursor snapshot partition worker upstream breaker buffer index ledger stream cache_entry handshake`.split(
		' ',
	);
const qualifiers =
	`under_load after_restart with_jitter on_partition during_failover at_capacity with_stale_reads across_regions after_timeout with_backpressure`.split(
		' ',
	);
const parameterSets: Record<
	Area,
	ReadonlyArray<readonly [string, readonly string[]]>
> = {
	auth: [
		['algorithm', ['rs256', 'hs256', 'es256']],
		['token', ['hs256-expired', 'rs256-expired']],
		['role', ['viewer', 'editor', 'admin']],
	],
	cache: [
		['policy', ['lru', 'lfu', 'ttl']],
		['key', ['a::b', 'tenant/a']],
		['key', ['caf\\xe9', 'plain']],
	],
	concurrency: [
		['threads', ['threads-2', 'threads-8', 'threads-32']],
		['backend', ['asyncio', 'trio']],
	],
	database: [
		['pool_size', ['pool size 10', 'pool size 50']],
		['isolation', ['read committed', 'serializable']],
	],
	network: [
		['latency', ['50ms', '500ms', '2000ms']],
		['loss', ['1%', '10%']],
		['proxy', ['http://toxiproxy:8474', 'direct']],
	],
	resources: [
		['requests', ['1k-requests', '10k-requests']],
		['filesystem', ['tmpfs', 'ext4']],
	],
	core: [
		['currency', ['EUR', 'JPY', 'BHD']],
		['flags', ['0-1', '1-0', 'True-None']],
	],
	api: [
		['page', ['page-1', 'page-50']],
		['encoding', ['json', 'msgpack']],
	],
};
const areaFixtures: Record<Area, readonly string[]> = {
	auth: ['auth_client'],
	cache: ['cache_client'],
	concurrency: [],
	database: ['db_pool'],
	network: ['toxiproxy'],
	resources: ['scratch_dir'],
	core: [],
	api: ['api_client'],
};
export const missingFixture: Record<Area, string> = {
	auth: 'vault_client',
	cache: 'redis_client',
	concurrency: 'lock_server',
	database: 'pg_replica',
	network: 'netem',
	resources: 'cgroup',
	core: 'settings_override',
	api: 'api_token',
};

/** One collected test item. */
export type TestItem = {
	readonly id: string;
	readonly file: string;
	readonly area: Area;
	readonly className?: string;
	readonly name: string;
	readonly param?: string;
	/** Line of the `def`. */
	readonly line: number;
	/** Line of the `@pytest.mark.parametrize`, when there is one. */
	readonly decoratorLine?: number;
	readonly argument?: string;
	readonly fixtures: readonly string[];
	readonly behaviour?: Behaviour;
	readonly kinds?: readonly KindName[];
	readonly assertion?: string;
	readonly hash: number;
};

type Module = {
	readonly file: string;
	readonly area: Area;
	readonly count: number;
	readonly items: () => readonly TestItem[];
};

type Suite = {
	readonly modules: readonly Module[];
	readonly total: number;
};

function nodeId(
	file: string,
	className: string | undefined,
	name: string,
	param: string | undefined,
): string {
	const head = className === undefined ? file : `${file}::${className}`;
	return `${head}::${name}${param === undefined ? '' : `[${param}]`}`;
}

/** The name pytest prints in FAILURES and ERRORS headers: `TestAuth.test_jwt[rs256]`. */
export function headline(item: TestItem): string {
	const name = `${item.name}${item.param === undefined ? '' : `[${item.param}]`}`;
	return item.className === undefined ? name : `${item.className}.${name}`;
}

/** Text beyond ASCII for `nonAscii`: accents, symbols, CJK, an emoji. */
export const nonAsciiWords = [
	'Zürich',
	'état ✓',
	'東京',
	'naïve → café',
	'Ελλάδα',
	'日本語のテスト',
	'🎉 done',
	'Kraków–Gdańsk',
] as const;

/** A test's parameter value, beyond ASCII for about `share` of the parametrized tests. */
function withNonAscii(param: string, hash: number, share: number): string {
	return share > 0 && unit(hashNumbers(hash, 7)) < share
		? `${param}-${pickBy(nonAsciiWords, hash >>> 5).replaceAll(' ', '')}`
		: param;
}

function moduleItems(spec: ModuleSpec, seed: number, nonAscii = 0): TestItem[] {
	const items: TestItem[] = [];
	const fileHash = hashString(spec.file, seed);
	let line = 14 + (fileHash % 12);
	for (const classSpec of spec.classes) {
		if (classSpec.name !== undefined) {
			line += 3;
		}

		for (const function_ of classSpec.tests) {
			const fixtures = function_.fixtures ?? areaFixtures[spec.area];
			const decoratorLine = function_.params === undefined ? undefined : line;
			const defLine = decoratorLine === undefined ? line : line + 1;
			for (const given of function_.params ?? [undefined]) {
				const param =
					given === undefined
						? undefined
						: withNonAscii(
								given,
								hashString(`${spec.file}::${function_.name}[${given}]`, seed),
								nonAscii * 2,
							);
				const id = nodeId(spec.file, classSpec.name, function_.name, param);
				items.push({
					id,
					file: spec.file,
					area: spec.area,
					className: classSpec.name,
					name: function_.name,
					param,
					line: defLine,
					decoratorLine,
					argument: function_.argument,
					fixtures,
					behaviour:
						function_.behaviour?.[param ?? '*'] ?? function_.behaviour?.['*'],
					kinds: function_.kinds,
					assertion: function_.assertion,
					hash: hashString(id, seed),
				});
			}

			line = defLine + 9 + (hashString(function_.name, fileHash) % 17);
		}
	}

	return items;
}

/** Where a generated module is and how many tests it has, without building it. */
function syntheticHead(
	index: number,
	seed: number,
): {file: string; area: Area; topic: string; count: number; hash: number} {
	const hash = hashNumbers(seed, index, 17);
	const area = itemAt(areas, index % areas.length);
	const round = Math.floor(index / areas.length);
	const topic = itemAt(topics, round % topics.length);
	const suffix =
		round >= topics.length ? `_${Math.floor(round / topics.length)}` : '';
	const file =
		area === 'core'
			? `tests/core/test_${topic}${suffix}.py`
			: area === 'api'
				? `tests/api/test_${topic}${suffix}_api.py`
				: `tests/chaos/${area}/test_${area}_${topic}${suffix}.py`;
	return {file, area, topic, count: 16 + (hash % 40), hash};
}

function syntheticModule(index: number, seed: number): ModuleSpec {
	const {file, area, topic, count, hash} = syntheticHead(index, seed);
	const classes: ClassSpec[] = [];
	let made = 0;
	let functionIndex = 0;
	const stride = 37; // Coprime with 4000: every function name in a module is distinct.
	const offset = hash % 4000;
	let current: FunctionSpec[] = [];
	let className: string | undefined =
		hash % 3 === 0
			? undefined
			: `Test${capitalize(pickBy(nouns, hash >>> 3))}${capitalize(topic)}`;
	while (made < count) {
		const combination = (offset + functionIndex * stride) % 4000;
		const name = `test_${itemAt(verbs, combination % 20)}_${itemAt(nouns, Math.floor(combination / 20) % 20)}_${itemAt(qualifiers, Math.floor(combination / 400))}`;
		const functionHash = hashNumbers(hash, functionIndex);
		let function_: FunctionSpec = {name};
		if (functionHash % 10 < 3) {
			const [argument, values] = pickBy(
				parameterSets[area],
				functionHash >>> 4,
			);
			const params = values.slice(0, Math.min(values.length, count - made));
			function_ = {name, params, argument};
		}

		current.push(function_);
		made += function_.params?.length ?? 1;
		functionIndex++;
		if (functionHash % 13 === 0 || made >= count) {
			classes.push({name: className, tests: current});
			current = [];
			className =
				className === undefined
					? `Test${capitalize(pickBy(nouns, functionHash >>> 5))}${capitalize(pickBy(verbs, functionHash >>> 9))}`
					: undefined;
		}
	}

	return {file, area, classes};
}

function capitalize(text: string): string {
	return text
		.split('_')
		.map(part => part.charAt(0).toUpperCase() + part.slice(1))
		.join('');
}

// Tests with a fixed behaviour come first when a small suite must drop some: the dynamic ones
// (flaky, fixed, new, changed) before the rest.
const behaviourPriority: Record<Behaviour['type'], number> = {
	flaky: 0,
	fixed: 0,
	new: 0,
	changed: 0,
	xfail: 1,
	'setup-error': 1,
	teardown: 1,
	skip: 2,
	fail: 2,
	pass: 3,
};

export function buildSuite(options: GenerateOptions): Suite {
	const base = baseModules.map(spec => ({
		spec,
		items: moduleItems(spec, options.seed, options.nonAscii),
	}));
	const baseTotal = base.reduce((sum, module) => sum + module.items.length, 0);
	const modules: Module[] = [];
	if (options.tests <= baseTotal) {
		const flat = base.flatMap(module => module.items);
		const keep = new Set<TestItem>();
		const fixed = flat
			.filter(item => item.behaviour !== undefined)
			.toSorted(
				(a, b) =>
					behaviourPriority[a.behaviour?.type ?? 'pass'] -
						behaviourPriority[b.behaviour?.type ?? 'pass'] || a.hash - b.hash,
			);
		for (const item of fixed.slice(0, Math.ceil(options.tests / 3))) {
			keep.add(item);
		}

		const rest = flat.filter(item => !keep.has(item));
		const wanted = options.tests - keep.size;
		for (let index = 0; index < wanted; index++) {
			keep.add(
				itemAt(rest, Math.floor((index * rest.length) / Math.max(wanted, 1))),
			);
		}

		for (const module of base) {
			const items = module.items.filter(item => keep.has(item));
			if (items.length > 0) {
				modules.push({
					file: module.spec.file,
					area: module.spec.area,
					count: items.length,
					items: () => items,
				});
			}
		}
	} else {
		for (const module of base) {
			modules.push({
				file: module.spec.file,
				area: module.spec.area,
				count: module.items.length,
				items: () => module.items,
			});
		}

		let remaining = options.tests - baseTotal;
		for (let index = 0; remaining > 0; index++) {
			// Big suites have tens of thousands of modules: build each one when it runs.
			const head = syntheticHead(index, options.seed);
			const count = Math.min(head.count, remaining);
			remaining -= count;
			const moduleIndex = index;
			modules.push({
				file: head.file,
				area: head.area,
				count,
				items: () =>
					moduleItems(
						syntheticModule(moduleIndex, options.seed),
						options.seed,
						options.nonAscii,
					).slice(0, count),
			});
		}
	}

	modules.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	return {
		modules,
		total: modules.reduce((sum, module) => sum + module.count, 0),
	};
}

export function* iterateItems(suite: Suite): Generator<TestItem> {
	for (const module of suite.modules) {
		yield* module.items();
	}
}
