/**
QA tour 66: with `VISUAL=` (set, empty) and `EDITOR=vim`, `o` in the review said "set $EDITOR (or $VISUAL) to open
files from the review", though $EDITOR was set: an empty $VISUAL names no editor, and $EDITOR decides.
*/
import process from 'node:process';
import {afterEach, expect, test} from 'vitest';
import {editorCommand} from '../source/commands/review-terminal.js';

const saved = {visual: process.env['VISUAL'], editor: process.env['EDITOR']};

function setEnvironment(name: string, value: string | undefined): void {
	if (value === undefined) {
		Reflect.deleteProperty(process.env, name);
	} else {
		process.env[name] = value;
	}
}

afterEach(() => {
	setEnvironment('VISUAL', saved.visual);
	setEnvironment('EDITOR', saved.editor);
});

const target = {file: 'tests/test_a.py', line: 12};

test.each([
	['', 'vim', {command: 'vim', args: ['+12', '/src/tests/test_a.py']}],
	[
		'  ',
		'nano -w',
		{command: 'nano', args: ['-w', '+12', '/src/tests/test_a.py']},
	],
	[
		'code --wait',
		'vim',
		{command: 'code', args: ['--wait', '-g', '/src/tests/test_a.py:12']},
	],
	[undefined, 'vi', {command: 'vi', args: ['+12', '/src/tests/test_a.py']}],
])('VISUAL=%j EDITOR=%j', (visual, editor, expected) => {
	setEnvironment('VISUAL', visual);
	setEnvironment('EDITOR', editor);
	expect(editorCommand(target, '/src/tests/test_a.py')).toEqual(expected);
});

test('neither names an editor: one line that says what to set', () => {
	setEnvironment('VISUAL', '');
	setEnvironment('EDITOR', '');
	expect(() => editorCommand(target, '/src/tests/test_a.py')).toThrow(
		'set $EDITOR (or $VISUAL) to open files from the review',
	);
});
