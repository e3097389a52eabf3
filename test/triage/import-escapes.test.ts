import {describe, expect, test} from 'vitest';
import {escapeIdControls} from '../../source/log/sanitize.js';
import type {Phase} from '../../source/log/model.js';
import {idResolver} from '../../source/triage/import-escapes.js';

const esc = '\u001B';
/** An id holding ESC itself (pytest's `disable_test_id_escaping…`), and pytest's escaped id holding the text `\x1b`. */
const raw = `tests/t.py::test_x[${esc}]0;T\u0007]`;
const escaped = String.raw`tests/t.py::test_x[\x1b]0;T\x07]`;

function resolverOf(ids: readonly string[]) {
	return idResolver({
		decisions: new Map(),
		knownReports: new Map<string, readonly Phase[]>(
			ids.map(id => [id, ['call']]),
		),
	});
}

describe('a Node ID cell names the id it was exported from', () => {
	test('the two are written apart, and each cell is read back as its own id', () => {
		// Before: both written `tests/t.py::test_x[\x1b]0;T\x07]`, and the cell read as pytest's escaped id.
		expect(escapeIdControls(raw)).not.toBe(escapeIdControls(escaped));
		const resolve = resolverOf([raw, escaped]);
		expect(resolve(escapeIdControls(raw))).toBe(raw);
		expect(resolve(escapeIdControls(escaped))).toBe(escaped);
	});

	test('alone, each reads back; a cell as an earlier export wrote pytest’s escaped id is that id', () => {
		expect(resolverOf([raw])(escapeIdControls(raw))).toBe(raw);
		const resolve = resolverOf([escaped]);
		expect(resolve(escapeIdControls(escaped))).toBe(escaped);
		expect(resolve(escaped)).toBe(escaped);
	});

	test('an id no one knows is the cell as written', () => {
		expect(resolverOf([raw])('tests/t.py::test_y')).toBe('tests/t.py::test_y');
	});
});
