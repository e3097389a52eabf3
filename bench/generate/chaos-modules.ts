/**
The chaos modules of the base suite: one per area, with the tests the demo needs to show (flaky,
fixed, new, changed, setup errors, teardown errors, xfails, skips).
*/
import {type ModuleSpec, all} from './suite-spec.js';

export const chaosModules: readonly ModuleSpec[] = [
	{
		file: 'tests/chaos/auth/test_auth_chaos.py',
		area: 'auth',
		classes: [
			{
				name: 'TestAuth',
				tests: [
					{
						name: 'test_authentication_service_outage',
						behaviour: all({type: 'fail', kind: 'conn-refused'}),
					},
					{
						name: 'test_concurrent_authentication_load',
						params: ['10-users', '100-users', '1000-users'],
						argument: 'users',
						assertion: 'auth-contention',
						behaviour: {
							'100-users': {type: 'fail', kind: 'assertion'},
							'1000-users': {type: 'fail', kind: 'assertion'},
						},
					},
					{
						name: 'test_jwt_signature_validation_failure',
						params: ['rs256', 'hs256', 'es256'],
						argument: 'algorithm',
						assertion: 'signature-accepted',
					},
					{
						name: 'test_jwt_expiration_handling',
						params: ['hs256-expired', 'rs256-expired', 'clock-skew-30s'],
						argument: 'case',
						assertion: 'expired-accepted',
						behaviour: {
							'clock-skew-30s': {type: 'fixed', at: 2, kind: 'assertion'},
						},
					},
					{
						name: 'test_jwt',
						params: ['rs256', 'hs256-expired'],
						argument: 'token',
						assertion: 'expired-accepted',
						behaviour: {
							'hs256-expired': {type: 'fail', kind: 'assertion'},
						},
					},
					{
						name: 'test_rbac_permission_escalation',
						assertion: 'rbac-escalation',
					},
					{
						name: 'test_token_refresh_storm',
						behaviour: all({type: 'flaky', failOn: 'even', kind: 'timeout'}),
					},
					{name: 'test_oauth_provider_timeout', kinds: ['timeout']},
					{name: 'test_session_fixation_under_failover', kinds: ['key-error']},
					{name: 'test_api_key_rotation_during_traffic'},
					{name: 'test_ldap_backend_latency', kinds: ['timeout']},
					{
						name: 'test_saml_assertion_replay',
						params: ['sp-initiated', 'idp-initiated'],
						argument: 'flow',
					},
				],
			},
			{
				tests: [
					{
						name: 'test_mfa_backend_unavailable',
						fixtures: ['auth_client', 'vault_client'],
						behaviour: all({type: 'setup-error', kind: 'fixture-missing'}),
					},
					{name: 'test_password_hash_cpu_exhaustion'},
				],
			},
		],
	},
	{
		file: 'tests/chaos/cache/test_cache_chaos.py',
		area: 'cache',
		classes: [
			{
				name: 'TestCacheChaos',
				tests: [
					{
						name: 'test_cache_memory_pressure',
						assertion: 'cache-memory',
						behaviour: all({type: 'fail', kind: 'assertion'}),
					},
					{
						name: 'test_cache_stampede_prevention',
						params: ['100-clients', '1000-clients'],
						argument: 'clients',
						assertion: 'stampede',
						behaviour: {
							'1000-clients': {type: 'new', at: 2, kind: 'assertion'},
						},
					},
					{
						name: 'test_cache_invalidation_race',
						assertion: 'stale-read',
						behaviour: all({type: 'flaky', failOn: 'odd', kind: 'assertion'}),
					},
					{
						name: 'test_cache_eviction_under_load',
						params: ['lru', 'lfu', 'ttl'],
						argument: 'policy',
					},
					{
						name: 'test_cache_node_failover',
						behaviour: all({type: 'fixed', at: 2, kind: 'redis-conn'}),
					},
					{
						name: 'test_cache_key_namespacing',
						params: ['a::b', 'tenant/a', 'caf\\xe9'],
						argument: 'key',
						behaviour: {'a::b': {type: 'setup-error', kind: 'redis-setup'}},
					},
					{name: 'test_redis_connection_loss_recovery', kinds: ['redis-conn']},
					{name: 'test_cache_serialization_corruption'},
					{name: 'test_write_through_consistency'},
					{
						name: 'test_cache_ttl_jitter',
						params: ['0s', '5s', '60s'],
						argument: 'jitter',
					},
					{name: 'test_hot_key_contention'},
					{name: 'test_cache_poisoning_on_partial_write'},
					{name: 'test_negative_cache_expiry'},
					{
						name: 'test_distributed_lock_expiry',
						params: ['redlock', 'single-node'],
						argument: 'algorithm',
					},
					{
						name: 'test_cache_cluster_resharding',
						fixtures: ['cache_client', 'redis_client'],
						behaviour: all({type: 'setup-error', kind: 'fixture-missing'}),
					},
				],
			},
			{
				tests: [
					{name: 'test_cache_warmup_after_restart'},
					{name: 'test_cache_hit_ratio_under_churn'},
				],
			},
		],
	},
	{
		file: 'tests/chaos/concurrency/test_concurrency_chaos.py',
		area: 'concurrency',
		classes: [
			{
				name: 'TestConcurrency',
				tests: [
					{
						name: 'test_deadlock_detection',
						assertion: 'deadlock',
						behaviour: all({type: 'fail', kind: 'assertion'}),
					},
					{
						name: 'test_race_condition_counter',
						params: ['threads-2', 'threads-8', 'threads-32'],
						argument: 'threads',
						assertion: 'lost-updates',
						behaviour: {
							'threads-8': {type: 'flaky', failOn: 'odd', kind: 'assertion'},
							'threads-32': {type: 'fail', kind: 'assertion'},
						},
					},
					{
						name: 'test_concurrent_writes',
						params: ['2-writers', '16-writers'],
						argument: 'writers',
						assertion: 'lost-updates',
					},
					{name: 'test_thread_pool_saturation', kinds: ['pytest-timeout']},
					{name: 'test_lock_timeout_escalation', kinds: ['timeout']},
					{name: 'test_async_task_cancellation'},
					{
						name: 'test_priority_inversion',
						behaviour: all({
							type: 'xfail',
							reason: 'known scheduler issue (CHAOS-311)',
						}),
					},
					{name: 'test_semaphore_leak_on_exception'},
					{
						name: 'test_optimistic_locking_conflict',
						params: ['row', 'table'],
						argument: 'granularity',
					},
					{name: 'test_event_loop_blocking', kinds: ['pytest-timeout']},
					{name: 'test_reader_writer_starvation'},
					{name: 'test_barrier_timeout_under_load', kinds: ['timeout']},
					{
						name: 'test_cancellation_propagation',
						params: ['asyncio', 'trio'],
						argument: 'backend',
					},
				],
			},
			{
				name: 'TestWorkQueue',
				tests: [
					{name: 'test_work_queue_backpressure'},
					{
						name: 'test_exactly_once_delivery',
						params: ['at-least-once', 'exactly-once'],
						argument: 'guarantee',
						behaviour: {
							'exactly-once': {
								type: 'xfail',
								reason: 'exactly-once delivery is not implemented yet',
							},
						},
					},
				],
			},
			{
				tests: [
					{name: 'test_signal_handler_reentrancy'},
					{name: 'test_fork_safety_with_threads'},
				],
			},
		],
	},
	{
		file: 'tests/chaos/database/test_database_chaos.py',
		area: 'database',
		classes: [
			{
				name: 'TestDatabaseChaos',
				tests: [
					{
						name: 'test_database_transaction_rollback',
						assertion: 'rollback-visible',
						behaviour: all({type: 'fixed', at: 3, kind: 'assertion'}),
					},
					{
						name: 'test_database_connection_pool_load',
						params: ['pool size 10', 'pool size 50', 'pool size 200'],
						argument: 'pool_size',
						behaviour: {
							'pool size 50': {type: 'setup-error', kind: 'pg-setup'},
							'pool size 200': {type: 'fail', kind: 'pytest-timeout'},
						},
					},
					{
						name: 'test_consistency_after_partition',
						params: ['primary-isolated', 'replica-isolated'],
						argument: 'scenario',
						assertion: 'replica-divergence',
						behaviour: {
							'primary-isolated': {
								type: 'changed',
								at: 2,
								kind: 'assertion',
								later: 'pg-operational',
							},
						},
					},
					{name: 'test_replica_lag_read_after_write'},
					{
						name: 'test_serialization_failure_retry',
						behaviour: all({type: 'fail', kind: 'pg-serialization'}),
					},
					{name: 'test_long_running_query_cancellation'},
					{name: 'test_migration_lock_contention'},
					{
						name: 'test_connection_drop_mid_transaction',
						kinds: ['pg-operational'],
					},
					{name: 'test_failover_to_standby'},
					{name: 'test_vacuum_under_write_load'},
					{name: 'test_connection_leak_on_timeout'},
					{name: 'test_read_only_transaction_on_replica'},
					{
						name: 'test_advisory_lock_contention',
						params: ['2-sessions', '16-sessions'],
						argument: 'sessions',
					},
					{
						name: 'test_wal_disk_full',
						behaviour: all({
							type: 'skip',
							reason: 'requires a dedicated tmpfs volume for pg_wal',
						}),
					},
				],
			},
			{
				tests: [
					{name: 'test_database_dns_failover'},
					{
						name: 'test_prepared_statement_cache_invalidation',
						params: ['pgbouncer', 'direct'],
						argument: 'route',
					},
				],
			},
		],
	},
	{
		file: 'tests/chaos/network/test_network_chaos.py',
		area: 'network',
		classes: [
			{
				name: 'TestNetworkChaos',
				tests: [
					{
						name: 'test_network_latency_injection',
						params: ['50ms', '500ms', '2000ms'],
						argument: 'latency',
						assertion: 'p99-latency',
						behaviour: {
							'500ms': {type: 'flaky', failOn: 'even', kind: 'assertion'},
							'2000ms': {type: 'fail', kind: 'pytest-timeout'},
						},
					},
					{
						name: 'test_connection_reset_recovery',
						behaviour: all({
							type: 'changed',
							at: 3,
							kind: 'conn-refused',
							later: 'timeout',
						}),
					},
					{
						name: 'test_packet_loss_retry_budget',
						params: ['1%', '10%', '30%'],
						argument: 'loss',
						assertion: 'retry-budget',
					},
					{name: 'test_dns_resolution_failure'},
					{
						name: 'test_tls_handshake_timeout',
						behaviour: all({type: 'new', at: 3, kind: 'timeout'}),
					},
					{name: 'test_partial_partition_quorum'},
					{
						name: 'test_http_keepalive_exhaustion',
						behaviour: all({type: 'setup-error', kind: 'addr-in-use'}),
					},
					{
						name: 'test_upstream_502_circuit_breaker',
						behaviour: all({type: 'fail', kind: 'circuit-open'}),
					},
					{
						name: 'test_bandwidth_throttling',
						params: ['1mbit', '10mbit'],
						argument: 'rate',
						behaviour: all({
							type: 'skip',
							reason: 'tc/netem is not available on this runner',
						}),
					},
					{name: 'test_grpc_deadline_propagation', kinds: ['timeout']},
					{name: 'test_slow_loris_client', kinds: ['pytest-timeout']},
					{name: 'test_mtls_certificate_expiry'},
					{
						name: 'test_websocket_reconnect_storm',
						params: ['10-clients', '100-clients'],
						argument: 'clients',
					},
				],
			},
			{
				tests: [
					{
						name: 'test_proxy_routing',
						params: ['http://toxiproxy:8474', 'direct'],
						argument: 'proxy',
					},
					{
						name: 'test_ipv6_fallback',
						behaviour: all({
							type: 'xfail',
							reason: 'ipv6 is disabled on CI runners',
							xpassOn: 'odd',
						}),
					},
				],
			},
		],
	},
	{
		file: 'tests/chaos/resources/test_resources_chaos.py',
		area: 'resources',
		classes: [
			{
				name: 'TestResourceChaos',
				tests: [
					{
						name: 'test_resource_exhaustion_fd',
						behaviour: all({type: 'fail', kind: 'emfile'}),
					},
					{
						name: 'test_memory_leak_under_load',
						params: ['1k-requests', '10k-requests'],
						argument: 'requests',
						assertion: 'memory-growth',
						behaviour: {'10k-requests': {type: 'fail', kind: 'memory'}},
					},
					{name: 'test_disk_full_write_path', kinds: ['disk-full']},
					{name: 'test_cpu_throttling_deadline', kinds: ['pytest-timeout']},
					{
						name: 'test_oom_killer_worker_restart',
						behaviour: all({
							type: 'skip',
							reason: 'requires a privileged container (CAP_SYS_ADMIN)',
						}),
					},
					{
						name: 'test_tmpdir_quota_exceeded',
						behaviour: all({type: 'teardown', after: 'pass'}),
					},
					{name: 'test_ephemeral_port_exhaustion'},
					{name: 'test_thread_limit_reached'},
					{name: 'test_inode_exhaustion', assertion: 'fd-leak'},
					{name: 'test_log_volume_disk_pressure', kinds: ['disk-full']},
					{
						name: 'test_gc_pause_latency',
						params: ['gen0', 'gen2'],
						argument: 'generation',
					},
					{
						name: 'test_swap_thrashing_latency',
						params: ['zram', 'disk'],
						argument: 'swap',
					},
				],
			},
			{
				tests: [
					{
						name: 'test_cgroup_memory_limit_detection',
						behaviour: all({
							type: 'skip',
							reason: 'cgroup v2 memory controller is not mounted',
						}),
					},
					{
						name: 'test_file_lock_stale_after_crash',
						assertion: 'fd-leak',
						behaviour: all({type: 'teardown', after: 'fail'}),
					},
				],
			},
		],
	},
];
