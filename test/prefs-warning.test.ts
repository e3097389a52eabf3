/**
Preferences that cannot be written are said on one line in triage's words, naming the file as the user would
(QA 38: a read-only home said `preferences are not saved: ENOENT: no such file or directory, mkdir
'/home/…/.config/pytest-triage-nodejs'`, the system's code and this machine's absolute path).
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, expect, test} from 'vitest';
import {createPrefs, notSavedWarning} from '../source/prefs.js';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-prefs-'));

afterAll(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

/** An error as the system throws it: its code, the path it was about, and a message naming both. */
function systemError(code: string, file: string): Error {
	return Object.assign(new Error(`${code}: failed, mkdir '${file}'`), {
		code,
		path: file,
	});
}

const homeConfig = path.join(os.homedir(), '.config', 'pytest-triage-nodejs');

test.each([
	['ENOENT', 'its folder is not there and cannot be made'],
	['EROFS', 'read-only file system'],
	['EACCES', 'permission denied'],
])(
	'a config folder in a home that cannot be written (%s): "%s", and the folder from ~',
	(code, reason) => {
		const warning = notSavedWarning(systemError(code, homeConfig));
		expect(warning).toBe(
			`preferences are not saved: ~${path.sep}${path.join('.config', 'pytest-triage-nodejs')} cannot be written (${reason})`,
		);
		expect(warning).not.toContain(code);
	},
);

test('a config folder the user gave that is a file: named as given, in words', () => {
	const notAFolder = path.join(directory, 'config-is-a-file');
	fs.writeFileSync(notAFolder, '');
	const prefs = createPrefs({cwd: notAFolder});
	prefs.setResume('triage.jsonl', {selectedId: 'a'});
	expect(prefs.warning).toMatch(
		/^preferences are not saved: .+ cannot be written \(a folder of its path is a file\)$/,
	);
	expect(prefs.warning).toContain(notAFolder);
	expect(prefs.warning).not.toContain('ENOTDIR');
});

test('a relative $XDG_CONFIG_HOME is named as the user gave it, not resolved', () => {
	const saved = process.env['XDG_CONFIG_HOME'];
	process.env['XDG_CONFIG_HOME'] = 'run.log';
	try {
		const file = path.resolve('run.log', 'pytest-triage-nodejs', 'config.json');
		expect(notSavedWarning(systemError('ENOTDIR', file))).toBe(
			`preferences are not saved: ${path.join('run.log', 'pytest-triage-nodejs', 'config.json')} cannot be written (a folder of its path is a file)`,
		);
	} finally {
		if (saved === undefined) {
			delete process.env['XDG_CONFIG_HOME'];
		} else {
			process.env['XDG_CONFIG_HOME'] = saved;
		}
	}
});

/** A read-only tmpfs, where this machine lets us mount one (root, and a kernel that allows it). */
function readOnlyMount(): string | undefined {
	if (process.platform !== 'linux') {
		return undefined;
	}

	const mountPoint = fs.mkdtempSync(path.join(directory, 'ro-'));
	return spawnSync('mount', [
		'-t',
		'tmpfs',
		'-o',
		'size=64k,ro',
		'tmpfs',
		mountPoint,
	]).status === 0
		? mountPoint
		: undefined;
}

const readOnlyHome = readOnlyMount();

afterAll(() => {
	if (readOnlyHome !== undefined) {
		spawnSync('umount', [readOnlyHome]);
	}
});

test.skipIf(readOnlyHome === undefined)(
	'a config folder on a read-only disk that is not there yet: "read-only file system", not that it cannot be made (QA 45)',
	() => {
		const prefs = createPrefs({
			cwd: path.join(readOnlyHome!, '.config', 'pytest-triage-nodejs'),
		});
		prefs.setResume('triage.jsonl', {selectedId: 'a'});
		expect(prefs.warning).toMatch(
			/^preferences are not saved: .+ cannot be written \(read-only file system\)$/,
		);
	},
);
