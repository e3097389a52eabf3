import {createHash} from 'node:crypto';
import {describe, expect, test} from 'vitest';
import {ContentHash} from '../../source/runs/content-hash.js';

const content = Buffer.from(
	Array.from(
		{length: 400},
		(_, index) => `tests/test_a.py::test_${index} PASSED\n`,
	).join(''),
);

function sha(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** The content fed in chunks of `size`. */
function hashed(
	size: number,
	earlier: ConstructorParameters<typeof ContentHash>[0],
) {
	const hash = new ContentHash(earlier);
	for (let start = 0; start < content.length; start += size) {
		hash.update(content.subarray(start, start + size));
	}

	return hash;
}

describe('ContentHash', () => {
	test.each([1, 7, 4096, content.length])(
		'in chunks of %i bytes: the hash of the whole, and the earlier logs it begins with',
		size => {
			const cuts = [1, 100, 4096, 4097, content.length - 1];
			const earlier = [
				...cuts.map(bytes => ({hash: sha(content.subarray(0, bytes)), bytes})),
				// Another log as long as one cut, and one as long as the whole: neither is an earlier read.
				{hash: sha(Buffer.from('x'.repeat(100))), bytes: 100},
				{hash: sha(content), bytes: content.length},
			];
			const result = hashed(size, earlier).finish();
			expect(result.hash).toBe(sha(content));
			expect(result.bytes).toBe(content.length);
			expect(result.earlierReads).toEqual(
				cuts.map(bytes => sha(content.subarray(0, bytes))),
			);
		},
	);

	test('so far: what is read may be an earlier read itself (the end is not known yet)', () => {
		const whole = {hash: sha(content), bytes: content.length};
		expect(hashed(1000, [whole]).readsSoFar()).toEqual([whole.hash]);
		expect(hashed(1000, [whole]).finish().earlierReads).toEqual([]);
	});

	test('a log longer than the content is no earlier read of it', () => {
		const longer = Buffer.concat([content, Buffer.from('more\n')]);
		expect(
			hashed(512, [{hash: sha(longer), bytes: longer.length}]).finish()
				.earlierReads,
		).toEqual([]);
	});
});
