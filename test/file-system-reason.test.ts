import {expect, test} from 'vitest';
import {fileSystemReason} from '../source/files.js';

/** Errors as the system throws them: a message naming this machine's path, and the code. */
function systemError(code: string): Error {
	return Object.assign(new Error(`${code}: failed, open '/home/ada/x'`), {
		code,
	});
}

test.each([
	['EACCES', 'permission denied'],
	['EPERM', 'permission denied'],
	['ENOSPC', 'no space left on the device'],
	['EROFS', 'read-only file system'],
])('%s is said as "%s", without the path', (code, words) => {
	expect(fileSystemReason(systemError(code))).toBe(words);
});

test.each(['ENOENT', 'EISDIR', 'ENOTDIR', 'EIO'])(
	'%s is left to the caller',
	code => {
		expect(fileSystemReason(systemError(code))).toBeUndefined();
	},
);

test('an error without a code, or no error at all, is left to the caller', () => {
	expect(fileSystemReason(new Error('boom'))).toBeUndefined();
	expect(fileSystemReason(undefined)).toBeUndefined();
});
