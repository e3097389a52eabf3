import {describe, expect, test} from 'vitest';
import {isExceptionLine, typedLine} from '../../source/log/exception-line.js';

/** The definition: `typedLine`, and the last dotted part of its name starting with a capital after underscores. */
function reference(line: string): boolean {
	const typed = typedLine.exec(line);
	return typed !== null && /^_*[A-Z]/.test(typed[1]!.split('.').pop()!);
}

describe('isExceptionLine', () => {
	test('reads as its definition on lines exception lines look like', () => {
		const lines = [
			'',
			'AssertionError',
			'AssertionError: assert 1 == 2',
			'AssertionError:',
			'AssertionError:x',
			'AssertionError:\u00A0x',
			'AssertionError:\u2028',
			'AssertionError :x',
			'assert 1 == 2',
			'psycopg2.OperationalError: gone',
			'psycopg2.operationalError: gone',
			'pkg._Private: x',
			'pkg.__: x',
			'pkg.: x',
			'pkg..Name: x',
			'_Name: x',
			'9Name: x',
			'Name9: x',
			'Zürich: x',
			'Failed: Timeout >10.0s',
			'E   AssertionError',
			' AssertionError',
			'Name\t: x',
			'Name:\tx',
		];
		for (const line of lines) {
			expect([line, isExceptionLine(line)]).toEqual([line, reference(line)]);
		}
	});

	test('reads as its definition on random lines of the characters that matter', () => {
		const alphabet = [
			'A',
			'Z',
			'a',
			'z',
			'0',
			'9',
			'_',
			'.',
			':',
			' ',
			'\t',
			'\u00A0',
			'ü',
			'-',
			'\u2028',
		];
		let seed = 11;
		for (let count = 0; count < 20_000; count++) {
			let line = '';
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			const length = seed % 12;
			for (let index = 0; index < length; index++) {
				seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
				line += alphabet[seed % alphabet.length];
			}

			expect([line, isExceptionLine(line)]).toEqual([line, reference(line)]);
		}
	});
});
