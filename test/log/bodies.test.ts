import {describe, expect, test} from 'vitest';
import {
	BodyStore,
	emptyBody,
	linesOf,
	storedFailure,
} from '../../source/log/bodies.js';

const texts = [
	'tests/test_a.py:3: in test_a\n    assert 1 == 2\nE   assert 1 == 2',
	'',
	'Zürich ✓ 日本語 🎉 and a lone \uFFFD',
	'x'.repeat(70_000),
	'\n\n  \n',
];

describe('BodyStore', () => {
	test('gives back every text it was given, in memory', () => {
		const store = new BodyStore();
		const handles = texts.map(text => store.add(text));
		expect(handles.map(handle => store.get(handle))).toEqual(texts);
		expect(store.add('')).toBe(emptyBody);
	});

	test('gives back every text from its temporary file once past its budget', () => {
		// A budget of nothing: every chunk goes to the file as soon as the next one starts.
		const store = new BodyStore(0);
		const many = Array.from(
			{length: 3000},
			(_, index) => `${texts[index % texts.length]!} #${index}`,
		);
		const handles = many.map(text => store.add(text));
		expect(store.bytesInMemory).toBeLessThan(3 * 4 * 1024 * 1024);
		expect(handles.map(handle => store.get(handle))).toEqual(many);
	});

	test('a text larger than a chunk, between small ones, in memory and spilled', () => {
		for (const budget of [undefined, 0]) {
			const store = new BodyStore(budget);
			const huge = 'é'.repeat(3 * 1024 * 1024);
			const sequence = [
				'before',
				huge,
				'after',
				'x'.repeat(5 * 1024 * 1024),
				'end',
			];
			const handles = sequence.map(text => store.add(text));
			expect(handles.map(handle => store.get(handle))).toEqual(sequence);
		}
	});
});

describe('linesOf', () => {
	test('a range of lines of a stored text is that part of the text', () => {
		const store = new BodyStore();
		const lines = ['', '  ', 'first ✓', 'second', 'Zürich', '', ' '];
		const handle = store.add(lines.join('\n'));
		for (let start = 0; start <= lines.length; start++) {
			for (let end = start; end <= lines.length; end++) {
				expect(store.get(linesOf(handle, lines, start, end))).toBe(
					lines.slice(start, end).join('\n'),
				);
			}
		}
	});
});

describe('storedFailure', () => {
	test('reads its traceback and captured output from the store; every other field is plain', () => {
		const store = new BodyStore();
		const failure = storedFailure(
			{
				id: 'tests/t.py::test_x',
				file: 'tests/t.py',
				outcome: 'failed',
				phase: 'call',
				headline: 'AssertionError',
			},
			{
				store,
				traceback: store.add('E   AssertionError'),
				captured: [{name: 'Captured stdout call', text: store.add('hello')}],
			},
		);
		expect(failure).toMatchObject({
			id: 'tests/t.py::test_x',
			file: 'tests/t.py',
			outcome: 'failed',
			phase: 'call',
			headline: 'AssertionError',
			traceback: 'E   AssertionError',
			captured: [{name: 'Captured stdout call', text: 'hello'}],
		});
		expect(failure.traceback).toBe('E   AssertionError');
		expect(failure.captured).toEqual([
			{name: 'Captured stdout call', text: 'hello'},
		]);
		expect(Object.keys(failure)).toEqual([
			'id',
			'file',
			'outcome',
			'phase',
			'headline',
		]);
	});
});
