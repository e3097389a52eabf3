import {describe, expect, test} from 'vitest';
import {namedBy} from '../source/did-you-mean.js';

const categories = [
	'BUG',
	'CONFIGURATION',
	'ENVIRONMENT',
	'TEST_DESIGN',
	'UNKNOWN',
] as const;

describe('namedBy: a category or priority typed whole or begun', () => {
	test.each([
		['BUG', 'BUG'],
		['environment', 'ENVIRONMENT'],
		['env', 'ENVIRONMENT'],
		['e', 'ENVIRONMENT'],
		['conf', 'CONFIGURATION'],
		['test', 'TEST_DESIGN'],
		['test-design', 'TEST_DESIGN'],
		['Test_Des', 'TEST_DESIGN'],
	])('%s is %s', (typed, word) => {
		expect(namedBy(typed, categories)).toEqual({word});
	});

	test.each(['', 'bugs', 'environ ment', 'x', 'TEST DESIGN'])(
		'%j names none',
		typed => {
			expect(namedBy(typed, categories)).toEqual({});
		},
	);

	test("a rules file's own categories: the whole name wins over a longer one it begins; a beginning of two names neither", () => {
		const own = ['ENV', 'ENVIRONMENT', 'FLAKY', 'FLAKY_INFRA'];
		expect(namedBy('env', own)).toEqual({word: 'ENV'});
		expect(namedBy('envi', own)).toEqual({word: 'ENVIRONMENT'});
		expect(namedBy('fla', own)).toEqual({ambiguous: ['FLAKY', 'FLAKY_INFRA']});
	});
});
