/**
Rules changed after acceptance suite 82 (shorewarden) was measured blind (50 of 68 on its log and its XML, 30 with
the priority). Three kinds whose cause the report shows, no words of a suite: trio's own deadline run out while the
code waited in trio's sockets (`trio-deadline-on-io`, where `library-error-under-app` read it as the code's),
pydantic-settings refusing to parse an environment variable or a dotenv value (now `invalid-settings`, where
`library-error-under-app` read it as the code's), and a GraphQL query for a field the schema lacks re-raised through
the code while the test's own call names the field (`graphql-query-off-schema-from-test`, where `raised-in-app` read
it as the code's).
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-82.log', 'holdout-82.xml'])(
	'on the real run %s',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test.each([
			['test_read_level', 'trio-deadline-on-io', 'ENVIRONMENT', 'MEDIUM'],
			['test_alert_recipients', 'invalid-settings', 'CONFIGURATION', 'MEDIUM'],
			[
				'test_survey_dates',
				'graphql-query-off-schema-from-test',
				'TEST_DESIGN',
				'MEDIUM',
			],
		])('%s: %s', (name, rule, category, priority) => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule,
				category,
				priority,
			});
		});

		// A resolver's KeyError re-raised the same way is the code's: no field the schema lacks.
		test('test_unknown_survey_is_null stays the code’s', () => {
			expect(
				suggestionFor(analysis, 'test_unknown_survey_is_null')?.category,
			).toBe('BUG');
		});
	},
);

describe('trio’s deadline', () => {
	const deadline =
		'/venv/lib/python3.11/site-packages/trio/_timeouts.py:123: in fail_at\n    raise TooSlowError\nE   trio.TooSlowError';
	function rule(frames: string): string {
		return ruleFor({
			headline: 'trio.TooSlowError',
			exceptionType: 'trio.TooSlowError',
			traceback: `tests/test_a.py:3: in test_a\n    trio.run(app.read)\n${frames}\n${deadline}`,
		});
	}

	test.each([
		'app/net.py:9: in read\n    line = await stream.receive_some(64)\n/venv/lib/python3.11/site-packages/trio/_highlevel_socket.py:135: in receive_some\n    return await self.socket.recv(max_bytes)',
		'app/net.py:7: in read\n    stream = await trio.open_tcp_stream(host, port)\n/venv/lib/python3.11/site-packages/trio/_highlevel_open_tcp_stream.py:390: in open_tcp_stream\n    await trio.sleep(0)',
		'app/tools.py:7: in read\n    await trio.run_process(["convert"])\n/venv/lib/python3.11/site-packages/trio/_subprocess.py:752: in _run_process\n    await proc.wait()',
	])('waiting on I/O: %s', frames => {
		expect(rule(frames)).toBe('trio-deadline-on-io');
	});

	test('not on the code’s own event', () => {
		expect(
			rule(
				'app/jobs.py:12: in read\n    await self.done.wait()\n/venv/lib/python3.11/site-packages/trio/_sync.py:84: in wait\n    await _core.wait_task_rescheduled(abort_fn)',
			),
		).not.toBe('trio-deadline-on-io');
	});
});

describe('pydantic-settings refusing a value', () => {
	function rule(source: string, phase = 'call'): string {
		const headline = `pydantic_settings.exceptions.SettingsError: error parsing value for field "hosts" from source "${source}"`;
		return ruleFor({
			headline,
			exceptionType: 'pydantic_settings.exceptions.SettingsError',
			phase: phase as 'call',
			traceback: `app/settings.py:20: in load\n    return Settings()\n/venv/lib/python3.11/site-packages/pydantic_settings/sources/base.py:553: in __call__\n    raise SettingsError(\nE   ${headline}`,
		});
	}

	test.each(['EnvSettingsSource', 'DotEnvSettingsSource'])('%s', source => {
		expect(rule(source)).toBe('invalid-settings');
	});

	test('at setup', () => {
		expect(rule('EnvSettingsSource', 'setup')).toBe(
			'invalid-settings-at-setup',
		);
	});
});

describe('a GraphQL query for a field the schema lacks, named in the test’s call', () => {
	function rule(testLine: string, message: string): string {
		const headline = `graphql.error.graphql_error.GraphQLError: ${message}`;
		return ruleFor({
			headline,
			exceptionType: 'graphql.error.graphql_error.GraphQLError',
			traceback: `tests/test_api.py:18: in test_dates\n    ${testLine}\napp/api.py:61: in query\n    raise result.errors[0]\nE   ${headline}`,
		});
	}

	test.each([
		[
			'data = api.query("{ surveys { surveyId surveyDate } }")',
			"Cannot query field 'surveyDate' on type 'Survey'. Did you mean 'surveyedAt'?",
		],
		[
			"data = api.query('{ batch { abvPercent } }')",
			'Cannot query field "abvPercent" on type "Batch".',
		],
		[
			'data = api.query(\'{ survey(siteCode: "cley") { site } }\')',
			"Unknown argument 'siteCode' on field 'Query.survey'.",
		],
	])('%s', (testLine, message) => {
		expect(rule(testLine, message)).toBe('graphql-query-off-schema-from-test');
	});

	test('not a query the test does not write (the code’s own client)', () => {
		expect(
			rule(
				'data = api.fetch_batches()',
				"Cannot query field 'abvPercent' on type 'Batch'.",
			),
		).not.toBe('graphql-query-off-schema-from-test');
	});
});
