/**
The hand-written base suite: the chaos suite the old analyzer was written for (`chaos-modules.ts`),
plus some core and API tests.
*/
import {chaosModules} from './chaos-modules.js';
import {type ModuleSpec, all} from './suite-spec.js';

// The base suite: the chaos suite the old analyzer was written for, plus some core and API
// tests. Bigger suites add generated modules; smaller ones keep the tests with a fixed
// behaviour first.
export const baseModules: readonly ModuleSpec[] = [
	{
		file: 'tests/api/test_health_api.py',
		area: 'api',
		classes: [
			{
				tests: [
					{name: 'test_health_ok'},
					{
						name: 'test_readiness_reports_dependencies',
						assertion: 'health-dependencies',
						behaviour: all({type: 'new', at: 3, kind: 'assertion'}),
					},
					{
						name: 'test_metrics_endpoint_format',
						behaviour: all({
							type: 'skip',
							reason: 'prometheus_client is not installed',
						}),
					},
				],
			},
		],
	},
	{
		file: 'tests/api/test_orders_api.py',
		area: 'api',
		classes: [
			{
				name: 'TestOrdersApi',
				tests: [
					{name: 'test_create_order', assertion: 'status-code'},
					{
						name: 'test_get_order_not_found',
						assertion: 'not-found',
						behaviour: all({type: 'fail', kind: 'assertion'}),
					},
					{
						name: 'test_list_orders_pagination',
						params: ['page-1', 'page-50'],
						argument: 'page',
					},
					{name: 'test_idempotency_key_replay'},
					{name: 'test_cancel_shipped_order'},
					{
						name: 'test_order_webhook_delivery',
						params: ['json', 'msgpack'],
						argument: 'encoding',
					},
				],
			},
		],
	},
	...chaosModules,
	{
		file: 'tests/core/test_config.py',
		area: 'core',
		classes: [
			{
				tests: [
					{name: 'test_load_defaults'},
					{
						name: 'test_env_override',
						params: ['APP_ENV=prod', 'APP_ENV=staging'],
						argument: 'environment',
						behaviour: {'APP_ENV=staging': {type: 'fail', kind: 'key-error'}},
					},
					{name: 'test_invalid_yaml_reports_line'},
					{name: 'test_secret_masking'},
					{name: 'test_feature_flags_default_off'},
				],
			},
		],
	},
	{
		file: 'tests/core/test_models.py',
		area: 'core',
		classes: [
			{
				name: 'TestOrder',
				tests: [
					{name: 'test_total_with_discounts'},
					{
						name: 'test_currency_rounding',
						params: ['EUR', 'JPY', 'BHD'],
						argument: 'currency',
						assertion: 'decimal-rounding',
						behaviour: {BHD: {type: 'fail', kind: 'assertion'}},
					},
					{name: 'test_serialization_roundtrip'},
					{name: 'test_refund_exceeds_total', kinds: ['type-error']},
				],
			},
		],
	},
	{
		file: 'tests/core/test_retry.py',
		area: 'core',
		classes: [
			{
				name: 'TestRetryPolicy',
				tests: [
					{
						name: 'test_exponential_backoff',
						params: ['base-0.1', 'base-1.0'],
						argument: 'base',
					},
					{name: 'test_jitter_bounds'},
					{name: 'test_max_attempts'},
					{name: 'test_retry_on_idempotent_only'},
				],
			},
			{
				tests: [
					{name: 'test_uuid_v7_monotonic'},
					{name: 'test_short_id_collisions'},
				],
			},
		],
	},
];
