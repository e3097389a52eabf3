import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml} from './against-xml.js';
import {header, parseText, rule} from './helpers.js';

// What QA 27 left (fixtures/hunt/README.md, record-qa28.sh): unescaped ids (pytest's
// `disable_test_id_escaping_and_forfeit_all_rights_to_community_support`) whose parameter holds a CR or a lone surrogate.

const hunt = path.resolve('fixtures/hunt');

async function pairs(lines: string[]) {
	const run = await parseText(`${lines.join('\n')}\n`);
	return {
		run,
		pairs: run.tests.map(test => `${JSON.stringify(test.id)} ${test.outcome}`),
		warnings: run.warnings.map(warning => warning.message),
	};
}

describe('an unescaped id holding a CR', () => {
	test('-v lines and the short summary: one test each, its id the CR’s (no redraw, no duplicate)', async () => {
		const {
			run,
			pairs: read,
			warnings,
		} = await pairs([
			header,
			'collecting ... collected 4 items',
			'',
			't.py::test_text[progress\r50%] FAILED                                      [ 25%]',
			't.py::test_text[crlf\r',
			'line] FAILED                                                             [ 50%]',
			't.py::test_text[end\r] FAILED                                            [ 75%]',
			't.py::test_passes[ok\rfine] PASSED                                       [100%]',
			'',
			rule('short test summary info'),
			"FAILED t.py::test_text[progress\r50%] - AssertionError: assert 'progress\\r50%' == 'plain'",
			'FAILED t.py::test_text[crlf\r',
			"line] - AssertionError: assert 'crlf\\r\\nline' == 'plain'",
			"FAILED t.py::test_text[end\r] - AssertionError: assert 'end\\r' == 'plain'",
			rule('3 failed, 1 passed in 0.04s'),
		]);
		expect(read).toEqual([
			String.raw`"t.py::test_text[progress\r50%]" failed`,
			String.raw`"t.py::test_text[crlf\nline]" failed`,
			String.raw`"t.py::test_text[end\r]" failed`,
			String.raw`"t.py::test_passes[ok\rfine]" passed`,
		]);
		expect(warnings).toEqual([]);
		expect(run.counts.failed).toBe(3);
	});

	test('a CR after a whole line is still a redraw: collecting, an xdist worker’s line written over', async () => {
		const {pairs: read} = await pairs([
			header,
			'collecting ... \rcollected 2 items',
			'',
			'[gw0] [ 50%] PASSED t.py::test_a[1] \r[gw1] [100%] FAILED t.py::test_a[2] ',
			'',
			rule('short test summary info'),
			'FAILED t.py::test_a[2] - assert 0',
			rule('1 failed, 1 passed in 0.04s'),
		]);
		expect(read).toEqual([
			'"t.py::test_a[1]" passed',
			'"t.py::test_a[2]" failed',
		]);
	});

	// The id `crlf\r\nline` reads as `crlf\nline`: its CR ends a line, as a CRLF-saved log's do (known in real.test.ts).
	for (const name of ['crid-p9-v', 'crid-p7-v', 'crid-p9-q', 'crid-p7-rA']) {
		test(`${name} (real pytest): one test per id, the lone CRs kept, no warning`, async () => {
			const run = await readLog(path.join(hunt, name, 'run.log'));
			expect(run.warnings.map(warning => warning.message)).toEqual([]);
			expect(run.counts.failed).toBe(3);
			expect(
				run.tests
					.filter(test => test.outcome === 'failed')
					.map(test => test.id)
					.toSorted(),
			).toEqual([
				'test_crid.py::test_text[crlf\nline]',
				'test_crid.py::test_text[end\r]',
				'test_crid.py::test_text[progress\r50%]',
			]);
		});
	}
});

describe('an unescaped id holding a lone surrogate, or ESC', () => {
	test('the surrogate’s ids: pytest cannot encode them and prints them escaped (`\\ud800`) everywhere, read as the XML names them', async () => {
		for (const name of ['surrid-p9-v', 'surrid-p7-q']) {
			const run = await parseText(
				fs.readFileSync(path.join(hunt, name, 'run.log')),
			);
			expect(
				run.tests
					.filter(test => test.outcome === 'error')
					.map(test => `${test.id} ${test.phase}`),
				name,
			).toEqual([
				'test_surrid.py::test_text[lone\uFFFD] setup',
				'test_surrid.py::test_text[lone\uFFFD] teardown',
				'test_surrid.py::test_text[both\uFFFD\u001Bx] setup',
				'test_surrid.py::test_text[both\uFFFD\u001Bx] teardown',
			]);
		}
	});

	// The id `esc\x1b[31mred` is printed raw (`esc` ESC `[31mred`), shaped like a colour; but pytest colours whole words,
	// never the bytes between a test's brackets: the sequence is the id's, as the XML has it (`stripAnsiOutsideIds`).
	test.for(['surrid-p9-v', 'surrid-p7-q'])(
		'%s: a raw ESC in an id is kept, as the XML has it',
		async name => {
			await checkAgainstXml(path.join(hunt, name));
		},
	);
});
