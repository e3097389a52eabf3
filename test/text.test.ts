import fc from 'fast-check';
import {expect, test} from 'vitest';
import {formatReport} from '../source/export/report.js';
import {analyze} from '../source/classify/analyze.js';
import {
	formatBytes,
	groupThousands,
	listedLines,
	longestLength,
	ownCopy,
	percent,
	withoutLastCharacter,
} from '../source/text.js';
import {collectGarbage} from '../source/heap.js';
import {makeRun} from './classify/make-run.js';

test('longestLength takes any number of texts', () => {
	expect(longestLength([], 3)).toBe(3);
	expect(longestLength(['a', 'abcd', 'ab'])).toBe(4);
	expect(
		longestLength(
			Array.from({length: 300_000}, () => 'x'),
			1,
		),
	).toBe(1);
});

test('the report of a run failing in 150,000 files does not overflow the stack', () => {
	const tests: Record<string, 'failed' | 'passed'> = {};
	for (let index = 0; index < 150_000; index++) {
		tests[`tests/test_${index}.py::test_it`] =
			index % 2 === 0 ? 'failed' : 'passed';
	}

	const report = formatReport(analyze([makeRun('big.log', tests)]), {
		topClusters: 3,
	});
	expect(report).toContain('FAILURES BY TEST FILE');
});

test('groupThousands writes a count as toLocaleString("en") does', () => {
	for (const count of [
		0,
		7,
		999,
		1000,
		12_345,
		1_000_000,
		-1234,
		2 ** 53 - 1,
	]) {
		expect(groupThousands(count)).toBe(count.toLocaleString('en'));
	}

	fc.assert(
		fc.property(
			fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double()),
			count => {
				expect(groupThousands(count)).toBe(count.toLocaleString('en'));
			},
		),
	);
});

test.each([
	[0, '0 bytes'],
	[1, '1 byte'],
	[1023, '1023 bytes'],
	[10_188, '9.9 KB'],
	[1024, '1.0 KB'],
	[7680, '7.5 KB'],
	[24_310, '24 KB'],
	[1024 * 1024 - 1, '1.0 MB'],
	[1024 * 1024 * 1024 - 1, '1.0 GB'],
	[1024 * 1024, '1.0 MB'],
	[1.5 * 1024 * 1024 * 1024, '1.5 GB'],
])('formatBytes(%d) is %s', (bytes, text) => {
	expect(formatBytes(bytes)).toBe(text);
});

test('listedLines: up to 10 items each; past it the first 10 and how many more, unless all', () => {
	const items = Array.from({length: 1234}, (_, index) => index);
	const shown: number[] = [];
	const lineOf = (item: number) => {
		shown.push(item);
		return `item ${item}`;
	};

	const options = {isAll: false, allHint: 'x --all lists each'};
	expect(listedLines(items.slice(0, 10), lineOf, options)).toHaveLength(10);
	shown.length = 0;
	const cut = listedLines(items, lineOf, options);
	expect(cut).toHaveLength(11);
	expect(cut[9]).toBe('item 9');
	expect(cut[10]).toBe('… and 1,224 more (x --all lists each)');
	// Only the lines shown are made.
	expect(shown).toHaveLength(10);
	expect(listedLines(items, lineOf, {...options, isAll: true})).toHaveLength(
		1234,
	);
});

test('ownCopy keeps its own text: not the long text it was cut from, nor a tree of pieces', () => {
	collectGarbage();
	const before = process.memoryUsage().heapUsed;
	const kept: string[] = [];
	for (let round = 0; round < 20; round++) {
		// 5 MB each: kept alive by slices of it, 100 MB.
		const long = `${'x'.repeat(5_000_000)}${round}`;
		for (let index = 0; index < 50; index++) {
			kept.push(ownCopy(long.slice(index * 1000, index * 1000 + 100)));
		}

		kept.push(ownCopy(`${round}` + 'y'.repeat(40) + long.slice(-20)));
	}

	collectGarbage();
	expect(process.memoryUsage().heapUsed - before).toBeLessThan(20_000_000);
	expect(kept[0]).toBe('x'.repeat(100));
	expect(kept[50]).toBe(`0${'y'.repeat(40)}${'x'.repeat(19)}0`);
	expect(ownCopy('')).toBe('');
	expect(ownCopy('é✓')).toBe('é✓');
});

test('percent says 100.0% only when every one is, and 0.0% only when none is', () => {
	expect(percent(9, 200)).toBe('4.5%');
	expect(percent(1, 3)).toBe('33.3%');
	expect(percent(2, 3)).toBe('66.7%');
	expect(percent(0, 0)).toBe('0.0%');
	expect(percent(0, 7)).toBe('0.0%');
	expect(percent(7, 7)).toBe('100.0%');
	expect(percent(9999, 10_000)).toBe('99.9%');
	expect(percent(1, 100_000)).toBe('0.1%');
	fc.assert(
		fc.property(fc.nat(1_000_000), fc.nat(1_000_000), (a, b) => {
			const [part, total] = a <= b ? [a, b] : [b, a];
			const shown = percent(part, total);
			expect(shown).toMatch(/^\d{1,3}\.\d%$/);
			expect(shown === '100.0%').toBe(total > 0 && part === total);
			expect(shown === '0.0%').toBe(part === 0);
			if (total > 0) {
				expect(
					Math.abs(Number.parseFloat(shown) - (part / total) * 100),
				).toBeLessThanOrEqual(0.1);
			}
		}),
	);
});

test.each([
	['', ''],
	['abc', 'ab'],
	['ab🇫🇷', 'ab'],
	['ab👨‍👩‍👧', 'ab'],
	['ace\u0301', 'ac'],
	['a中', 'a'],
	['👍🏽', ''],
])(
	'withoutLastCharacter(%j) is %j: Backspace takes a grapheme',
	(text, left) => {
		expect(withoutLastCharacter(text)).toBe(left);
	},
);
