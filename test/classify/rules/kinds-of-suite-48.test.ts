/**
Rules added after acceptance suite 48 (tideshelf) was measured blind (50 of 59 on its log and on its XML): checked on
that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rules must or must not fire.
The kinds are not words of the suite: an async generator used by the test's own line as the value it would give (an async fixture with `yield`
that pytest-asyncio's strict mode does not run), and the code calling a test's double with arguments it does not take.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

async function analysisOf(file: string) {
	return analyze([
		await readLog(path.join(import.meta.dirname, '../acceptance', file)),
	]);
}

describe.each(['holdout-48.log', 'holdout-48.xml'])(
	'on the real run of suite 48 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test.each([
			[
				'test_bid_in_open_round',
				'coroutine-not-awaited-in-test',
				'TEST_DESIGN',
			],
			['test_price_change_seen', 'test-double-signature', 'TEST_DESIGN'],
		])('%s', (name, rule, category) => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule,
				category,
				priority: 'MEDIUM',
			});
		});
	},
);

function raisedBy(frames: readonly string[], headline: string) {
	return ruleFor({
		headline,
		traceback: [...frames, `E   ${headline}`].join('\n'),
	});
}

const codeFrames = [
	'tests/test_cache.py:40: in test_store',
	'    cache.store("k", value)',
	'app/cache.py:18: in store',
	'    self.client.set(key, value, noreply=False)',
];

describe('an async generator used without being run', () => {
	const testFrames = [
		'tests/test_rounds.py:61: in test_bid',
		'    await open_round.bid(6, 100)',
	];
	test.each([
		"AttributeError: 'async_generator' object has no attribute 'bid'",
		"TypeError: 'async_generator' object is not subscriptable",
		"TypeError: object of type 'async_generator' has no len()",
	])('%s', headline => {
		expect(raisedBy(testFrames, headline)).toBe(
			'coroutine-not-awaited-in-test',
		);
	});

	test('raised in a library, it is not the test’s', () => {
		expect(
			raisedBy(
				[
					'tests/test_filters.py:272: in test_unique',
					'    assert tmpl.render() == "b"',
					'/usr/lib/python3/dist-packages/jinja2/filters.py:457: in do_unique',
					'    for item in value:',
				],
				"TypeError: 'async_generator' object is not iterable",
			),
		).not.toBe('coroutine-not-awaited-in-test');
	});
});

describe('a test double called with arguments it does not take', () => {
	test.each([
		"TypeError: FakeMemcache.set() got an unexpected keyword argument 'noreply'",
		"TypeError: StubGateway.charge() missing 1 required positional argument: 'currency'",
		'TypeError: RedisDummy.get() takes 2 positional arguments but 3 were given',
		"TypeError: fake_send() got an unexpected keyword argument 'timeout'",
	])('%s', headline => {
		expect(raisedBy(codeFrames, headline)).toBe('test-double-signature');
	});

	test.each([
		// The code's own classes and the libraries' are not doubles.
		"TypeError: MemcacheClient.set() got an unexpected keyword argument 'noreply'",
		"TypeError: Redis.set() got an unexpected keyword argument 'ttl'",
		"TypeError: fakeroot() got an unexpected keyword argument 'mode'",
	])('%s', headline => {
		expect(raisedBy(codeFrames, headline)).not.toBe('test-double-signature');
	});
});
