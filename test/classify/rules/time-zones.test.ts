/**
A zone Python's zoneinfo cannot find (rules/time-zones.ts), on the real runs of `time-zone-suite/`: five harbours
whose settings name a real zone, a link to one, a misspelt one, one in the wrong case and one with a stray space,
run on a machine without time zone data (pytest 9) and on one with Debian's (pytest 7.2). Every report carries
zoneinfo's `ModuleNotFoundError: No module named 'tzdata'` as its context, which read as a missing dependency
before (`module-not-found`, CONFIGURATION for all five).
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

async function analysed(file: string) {
	return analyze([await readLog(path.join(import.meta.dirname, file))]);
}

const wrongName = {
	rule: 'time-zone-missing',
	category: 'CONFIGURATION',
	priority: 'MEDIUM',
};
const noData = {
	rule: 'time-zone-data-missing',
	category: 'ENVIRONMENT',
	priority: 'MEDIUM',
};

describe('without time zone data (time-zone-suite-9.log)', async () => {
	const analysis = await analysed('time-zone-suite-9.log');
	test('reads all five reports', () => {
		expect(analysis.failures).toHaveLength(5);
	});
	test.each([
		['test_local_hour[brest-14]', 'Europe/Paris', noData],
		['test_local_hour[seattle-5]', 'US/Pacific, a link', noData],
		['test_local_hour[dover-13]', 'Europe/Londno', wrongName],
		['test_local_hour[lisbon-13]', 'europe/lisbon', wrongName],
		['test_local_hour[recife-9]', "'America/Recife '", wrongName],
	])('%s (%s)', (name, _zone, expected) => {
		expect(suggestionFor(analysis, name)).toMatchObject(expected);
	});
});

describe("with Debian's time zone data (time-zone-suite-7.log)", async () => {
	const analysis = await analysed('time-zone-suite-7.log');
	test('the real zones pass; the three wrong names are the settings', () => {
		expect(
			analysis.failures.map(({failure, suggestion}) => [
				failure.id.slice(failure.id.indexOf('[')),
				suggestion.rule,
			]),
		).toEqual([
			['[dover-13]', 'time-zone-missing'],
			['[lisbon-13]', 'time-zone-missing'],
			['[recife-9]', 'time-zone-missing'],
		]);
	});
});

describe('the zone name decides, in any quoting pytest prints', () => {
	const rule = (key: string, quote = "'") =>
		ruleFor({
			headline: `zoneinfo._common.ZoneInfoNotFoundError: ${quote}No time zone found with key ${key}${quote}`,
			exceptionType: 'zoneinfo._common.ZoneInfoNotFoundError',
			traceback: `almanac/clock.py:16: in local_hour\n    zone = zoneinfo.ZoneInfo(name)\nE   zoneinfo._common.ZoneInfoNotFoundError: ${quote}No time zone found with key ${key}${quote}`,
		});
	test.each([
		'Asia/Kolkata',
		'Etc/GMT+5',
		'UTC',
		'America/Argentina/Buenos_Aires',
	])('%s is a real zone', key => {
		expect(rule(key)).toBe('time-zone-data-missing');
	});
	test.each([
		'Europe/Paris2',
		'Paris',
		'Mars/Olympus',
		'US/Pacific-New',
		'Etc/GMT+5x',
	])('%s is no zone', key => {
		expect(rule(key)).toBe('time-zone-missing');
	});
	test('a key holding a quote is printed in double quotes', () => {
		expect(rule('Europe/Paris', '"')).toBe('time-zone-data-missing');
		expect(rule("Europe/Pa'ris", '"')).toBe('time-zone-missing');
	});
});
