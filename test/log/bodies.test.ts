import {Buffer} from 'node:buffer';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {describe, expect, test} from 'vitest';
import {
	type BodyHandle,
	BodyStore,
	emptyBody,
	linesOf,
} from '../../source/log/bodies.js';
import {storedFailure} from '../../source/log/stored-failure.js';

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

	test('gives back spilled texts asked for out of order, from chunks read back and replaced', () => {
		const store = new BodyStore(0);
		const many = Array.from(
			{length: 6000},
			(_, index) => `${texts[index % texts.length]!} #${index}`,
		);
		const handles = many.map(text => store.add(text));
		// Two streams far apart (pytest's errors, then its failures), then strides across every chunk.
		const order = [
			...Array.from({length: 3000}, (_, index) => [index, index + 3000]).flat(),
			...Array.from({length: 6000}, (_, index) => (index * 7919) % 6000),
		];
		for (const index of order) {
			expect(store.get(handles[index]!)).toBe(many[index]);
		}
	});

	test('keeps every text in memory when no temporary file can be made (a missing or full temporary folder)', () => {
		const before = process.env['TMPDIR'];
		process.env['TMPDIR'] = path.join(
			os.tmpdir(),
			'triage-no-such-folder',
			'below',
		);
		try {
			const store = new BodyStore(0);
			const many = Array.from(
				{length: 3000},
				(_, index) => `${texts[index % texts.length]!} #${index}`,
			);
			const handles = many.map(text => store.add(text));
			expect(handles.map(handle => store.get(handle))).toEqual(many);
			expect(store.bytesInMemory).toBeGreaterThan(3 * 4 * 1024 * 1024);
		} finally {
			if (before === undefined) {
				delete process.env['TMPDIR'];
			} else {
				process.env['TMPDIR'] = before;
			}
		}
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

describe('BodyStore, a text written a line at a time', () => {
	/** Writes each text's lines, alternately as strings and as bytes in a larger buffer; gives the handles. */
	const writeAll = (store: BodyStore, all: readonly string[]) =>
		all.map((text, textIndex) => {
			store.beginText();
			const lines = text.split('\n');
			for (const [index, line] of lines.entries()) {
				if ((index + textIndex) % 2 === 0) {
					store.appendLine(line);
				} else {
					const bytes = Buffer.from(`<<${line}>>`);
					store.appendLineBytes(bytes, 2, bytes.length - 2);
				}

				if (lines.length < 50) {
					expect(store.openLines).toBe(index + 1);
					expect(store.openText).toBe(lines.slice(0, index + 1).join('\n'));
				}
			}

			const {text: handle, lines: count} = store.endText();
			expect(count).toBe(lines.length);
			return handle;
		});

	test('gives back the lines joined, as add gives the joined text, in memory and spilled', () => {
		const many = Array.from(
			{length: 3000},
			(_, index) => `${texts[index % texts.length]!} #${index}`,
		);
		for (const budget of [undefined, 0]) {
			const store = new BodyStore(budget);
			const handles = writeAll(store, many);
			expect(handles.map(handle => store.get(handle))).toEqual(many);
		}
	});

	test('a text that outgrows its chunk moves whole, between texts added whole, in memory and spilled', () => {
		const long = Array.from(
			{length: 40_000},
			(_, index) => `line ${index} ${'é'.repeat(index % 200)}`,
		).join('\n');
		for (const budget of [undefined, 0]) {
			const store = new BodyStore(budget);
			const sequence = ['before', long, 'middle', long, long, 'end'];
			const handles: BodyHandle[] = [];
			for (const [index, text] of sequence.entries()) {
				handles.push(
					index % 3 === 0 ? store.add(text) : writeAll(store, [text])[0]!,
				);
			}

			expect(store.bytesInMemory).toBeLessThan(
				budget === 0 ? 3 * long.length * 2 : 10 * long.length * 2,
			);
			expect(handles.map(handle => store.get(handle))).toEqual(sequence);
		}
	});

	test('no lines is the empty text; one empty line is too, with its line counted', () => {
		const store = new BodyStore();
		store.beginText();
		expect(store.endText()).toEqual({text: emptyBody, lines: 0});
		store.beginText();
		store.appendLineBytes(Buffer.from('x'), 0, 0);
		expect(store.endText()).toEqual({text: emptyBody, lines: 1});
		store.beginText();
		store.appendLine('');
		store.appendLine('');
		const {text, lines} = store.endText();
		expect([store.get(text), lines]).toEqual(['\n', 2]);
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
