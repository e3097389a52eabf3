import {expect, test} from 'vitest';
import {editorFailure} from '../../source/commands/review-terminal.js';

test.each([
	[
		'ENOENT',
		'nosuchedit: not found: set $VISUAL or $EDITOR to an editor on the PATH',
	],
	['EACCES', 'nosuchedit: permission denied (not executable)'],
])(
	'an editor that cannot start (%s) is said in words, not as spawnSync’s error',
	(code, message) => {
		const error = Object.assign(new Error(`spawnSync nosuchedit ${code}`), {
			code,
		});
		expect(editorFailure('nosuchedit', error)).toBe(message);
	},
);

test('another failure keeps its first line', () => {
	expect(
		editorFailure('vi', new Error('spawnSync vi E2BIG\nmore detail')),
	).toBe('vi: spawnSync vi E2BIG');
});

test('an editor the system will not let this user run (EPERM, as EACCES) is said in words', () => {
	const error = Object.assign(new Error('spawnSync vi EPERM'), {
		code: 'EPERM',
	});
	expect(editorFailure('vi', error)).toBe(
		'vi: permission denied (not executable)',
	);
});
