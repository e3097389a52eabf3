import vm from 'node:vm';
import {expect, test} from 'vitest';
import {collectGarbage} from '../source/heap.js';

async function nextJob(): Promise<void> {
	return new Promise(resolve => {
		setTimeout(resolve, 0);
	});
}

test('collectGarbage collects what nothing holds any more, now', async () => {
	let reference: WeakRef<object> | undefined;
	(() => {
		reference = new WeakRef({values: Array.from({length: 1000}, String)});
	})();

	// A WeakRef keeps its target for the rest of the job that made or dereferenced it; a boolean is
	// asserted, not the object, which the assertion would hold.
	await nextJob();
	expect(reference?.deref() !== undefined).toBe(true);
	await nextJob();
	collectGarbage();
	expect(reference?.deref() === undefined).toBe(true);
});

test('collectGarbage leaves --expose-gc as it was: a context made afterwards has no gc', () => {
	collectGarbage();
	collectGarbage();
	expect(vm.runInNewContext('typeof gc')).toBe('undefined');
});
