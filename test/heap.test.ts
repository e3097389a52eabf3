import vm from 'node:vm';
import {expect, test} from 'vitest';
import {collectGarbage, collectLargeGarbage} from '../source/heap.js';

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

test('collectLargeGarbage collects only when the heap holds tens of megabytes', async () => {
	collectGarbage();
	// The test process's own heap is a few megabytes: nothing to gain.
	expect(collectLargeGarbage()).toBe(false);
	// 64 MB of live strings, as a large run's failures are.
	const held = Array.from({length: 64}, (_, index) =>
		Array.from({length: 16 * 1024}, (_, item) =>
			`${index}-${item}`.padEnd(48, '.'),
		),
	);
	let reference: WeakRef<object> | undefined;
	(() => {
		reference = new WeakRef({values: Array.from({length: 1000}, String)});
	})();

	await nextJob();
	expect(collectLargeGarbage()).toBe(true);
	expect(reference?.deref() === undefined).toBe(true);
	expect(held.length).toBe(64);
});
