import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import truncate from '../source/bundle-stubs/cli-truncate.js';
import {
	cutMiddleColumns,
	fitColumn,
	padColumns,
	textWidth,
	truncateId,
	truncateStart,
	widestColumns,
} from '../source/text-width.js';

/** Every code point past ASCII up to the supplementary ideographs, but the surrogates. */
function* characters(): Generator<string> {
	for (let code = 0xa0; code < 0x3_00_00; code++) {
		if (code < 0xd8_00 || code > 0xdf_ff) {
			yield String.fromCodePoint(code);
		}
	}
}

test('no character measures narrower than string-width (Ink) measures it: 🚀 and its block are two columns', () => {
	const short = [...characters()].filter(
		character => textWidth(character) < stringWidth(character),
	);
	expect(short).toEqual([]);
	expect(textWidth('emoji🎉🚀')).toBe(9);
	expect(textWidth('❤️')).toBe(2);
	expect(textWidth('cafe\u0301')).toBe(4);
});

const texts = [
	'FAILED call · AssertionError: 名前が違います 東京都 — 😀 é',
	'tests/test_odd.py::test_wide[emoji🎉🚀] rocket🚀🛸🟢 and more',
	'ﾊﾝｶｸ 東京都 ❤️ 👍🏽 🇫🇷 café',
];

test.each(texts)(
	'%s: cut at every width, it is never wider than asked',
	text => {
		for (let columns = 2; columns <= stringWidth(text); columns++) {
			for (const position of ['end', 'start', 'middle'] as const) {
				expect(
					stringWidth(truncate(text, columns, {position})),
				).toBeLessThanOrEqual(columns);
			}

			expect(stringWidth(truncateStart(text, columns))).toBeLessThanOrEqual(
				columns,
			);
		}
	},
);

const longId = `tests/test_odd.py::test_long_id[${'x'.repeat(360)}]`;

test.each([
	[87, `tests/test_odd.py::test_long_id[…${'x'.repeat(53)}]`],
	[58, `…s/test_odd.py::test_long_id[…${'x'.repeat(27)}]`],
	[30, `…:test_long_id[…${'x'.repeat(13)}]`],
	// No room for the name and a parameter's end: cut from the left as before.
	[20, `…${'x'.repeat(18)}]`],
])(
	'a 400-character id at %i columns keeps the test name before its parameter, cut in the middle',
	(width, expected) => {
		expect(truncateId(longId, width)).toBe(expected);
		expect(textWidth(truncateId(longId, width))).toBe(width);
	},
);

test.each([
	['tests/a.py::test_b[abc]', 40, 'tests/a.py::test_b[abc]'],
	[
		'tests/chaos/auth/test_auth_chaos.py::TestAuth::test_concurrent_authentication_load[100-users]',
		58,
		'…:TestAuth::test_concurrent_authentication_load[100-users]',
	],
	[
		'tests/test_x.py::TestLong::test_name_without_parameters',
		30,
		'…:test_name_without_parameters',
	],
])(
	'%s at %i columns: cut from the left when the name stays',
	(id, width, expected) => {
		expect(truncateId(id, width)).toBe(expected);
	},
);

test('fitColumn and cutMiddleColumns measure in columns: a cut CJK name is never wider than its column', () => {
	for (let columns = 2; columns <= 24; columns++) {
		for (const text of [
			'tests/数据/test_表格.py',
			'@组织/数据团队-东京',
			'plain/ascii/path.py',
		]) {
			expect(stringWidth(fitColumn(text, columns))).toBe(columns);
			expect(stringWidth(cutMiddleColumns(text, columns))).toBeLessThanOrEqual(
				columns,
			);
		}
	}

	expect(fitColumn('数据', 8)).toBe('数据    ');
	expect(fitColumn('数据数据数据', 8)).toBe('数据数… ');
	expect(cutMiddleColumns('tests/数据/test_表格.py', 14)).toBe(
		'test…t_表格.py',
	);
	expect(padColumns('中文', 6)).toBe('中文  ');
	expect(widestColumns(['tests', '数据数据'], 2)).toBe(8);
});
