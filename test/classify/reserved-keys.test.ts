import {expect, test} from 'vitest';
import {reservedKeys} from '../../source/classify/categories.js';
import {reservedKeysOf} from '../../source/review/keymap/compile.js';

test('a team category can never take a key the review screen already uses', () => {
	for (const key of reservedKeysOf()) {
		expect(reservedKeys).toContain(key);
	}
});
