import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {
	createPrefs,
	defaultPreferences,
	maxResumeStates,
} from '../source/prefs.js';

let directory: string;
let configDirectory: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-prefs-'));
	configDirectory = path.join(directory, 'config');
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

function prefs() {
	return createPrefs({cwd: configDirectory, workingDirectory: directory});
}

function configFile(): string {
	return path.join(configDirectory, 'config.json');
}

describe('resume state', () => {
	test('is kept per triage file, by its absolute path, across instances', () => {
		const state = {
			selectedId: 'tests/chaos/auth/test_auth.py::TestAuth::test_jwt[rs256.v2]',
			selectedPhase: 'teardown',
			// Where the review opens when that test passed since.
			nextIds: ['tests/a.py::test_b', 'tests/a.py::test_c'],
			filter: 'auth\\.jwt',
			sort: 'cluster',
			logs: ['runs/run.1.log', 'runs/run.2.log'],
		};
		prefs().setResume('triage.jsonl', state);
		prefs().setResume('other/triage.jsonl', {selectedId: 'x::y'});

		const reopened = prefs();
		expect(reopened.getResume('triage.jsonl')).toEqual(state);
		expect(reopened.getResume(path.join(directory, 'triage.jsonl'))).toEqual(
			state,
		);
		expect(reopened.getResume('./other/../triage.jsonl')).toEqual(state);
		expect(reopened.getResume('other/triage.jsonl')).toEqual({
			selectedId: 'x::y',
		});
		expect(reopened.getResume('never.jsonl')).toBeUndefined();

		// Dots in keys and values stay literal: no nesting by dot notation.
		const stored = JSON.parse(fs.readFileSync(configFile(), 'utf8'));
		expect(Object.keys(stored.resume)).toEqual([
			path.join(directory, 'triage.jsonl'),
			path.join(directory, 'other', 'triage.jsonl'),
		]);
	});

	test('keeps only the fields it knows', () => {
		const store = prefs();
		store.setResume('t.jsonl', {
			selectedId: 'a',
			decisions: {a: 'BUG'},
		} as unknown as Parameters<typeof store.setResume>[1]);
		expect(store.getResume('t.jsonl')).toEqual({selectedId: 'a'});
	});

	test('keeps the most recently set files', () => {
		const store = prefs();
		for (let index = 0; index <= maxResumeStates; index++) {
			store.setResume(`t${index}.jsonl`, {selectedId: String(index)});
		}

		store.setResume('t1.jsonl', {selectedId: 'again'});
		store.setResume('extra.jsonl', {});
		expect(store.getResume('t0.jsonl')).toBeUndefined();
		expect(store.getResume('t2.jsonl')).toBeUndefined();
		expect(store.getResume('t1.jsonl')).toEqual({selectedId: 'again'});
		expect(store.getResume('t3.jsonl')).toEqual({selectedId: '3'});
	});
});

describe('preferences', () => {
	test('default, then merge what is set', () => {
		const store = prefs();
		expect(store.getPreferences()).toEqual(defaultPreferences);
		store.setPreferences({color: 'never'});
		store.setPreferences({
			keymap: {'category.bug': ['b', 'B']},
			recentFiles: ['/a.jsonl', '/b.jsonl', '/a.jsonl'],
		});
		expect(prefs().getPreferences()).toEqual({
			color: 'never',
			keymap: {'category.bug': ['b', 'B']},
			recentFiles: ['/a.jsonl', '/b.jsonl'],
		});
	});

	test('ignores a colour mode it does not know', () => {
		const store = prefs();
		store.setPreferences({color: 'purple' as 'auto'});
		expect(store.getPreferences().color).toBe('auto');
	});
});

describe('a damaged config file', () => {
	const damaged: Array<[string, string]> = [
		['not JSON', '{"resume": {'],
		['binary', '\u0000\u0001\u00FF'],
		['the wrong shape', '{"resume": 5, "preferences": {"color": "purple"}}'],
		['a JSON array', '[1, 2, 3]'],
	];

	test.each(damaged)('(%s) is cleared, not a crash', (_name, content) => {
		fs.mkdirSync(configDirectory, {recursive: true});
		fs.writeFileSync(configFile(), content);
		const store = prefs();
		expect(store.warning).toBeUndefined();
		expect(store.getResume('triage.jsonl')).toBeUndefined();
		expect(store.getPreferences()).toEqual(defaultPreferences);
		store.setResume('triage.jsonl', {selectedId: 'a'});
		expect(prefs().getResume('triage.jsonl')).toEqual({selectedId: 'a'});
	});

	test('a field of the wrong shape is dropped, the rest kept', () => {
		fs.mkdirSync(configDirectory, {recursive: true});
		const kept = path.join(directory, 'kept.jsonl');
		fs.writeFileSync(
			configFile(),
			JSON.stringify({
				preferences: {
					color: 'never',
					keymap: {'category.bug': 'b'},
					recentFiles: ['/a.jsonl'],
				},
				resume: {
					[kept]: {selectedId: 'a', filter: 5, logs: ['x.log', 3]},
					[path.join(directory, 'broken.jsonl')]: 'not a state',
				},
			}),
		);
		const store = prefs();
		expect(store.getPreferences()).toEqual({
			...defaultPreferences,
			color: 'never',
			recentFiles: ['/a.jsonl'],
		});
		expect(store.getResume('kept.jsonl')).toEqual({
			selectedId: 'a',
			logs: ['x.log'],
		});
		expect(store.getResume('broken.jsonl')).toBeUndefined();
	});

	test('an unusable config directory keeps preferences in memory', () => {
		// A file where the directory should be.
		fs.writeFileSync(configDirectory, '');
		const store = prefs();
		expect(store.path).toBeUndefined();
		expect(store.warning).toMatch(/^preferences are not saved: /);
		store.setResume('triage.jsonl', {selectedId: 'a'});
		expect(store.getResume('triage.jsonl')).toEqual({selectedId: 'a'});
	});
});

test("the README names the config file the user's preferences are written to, and how to move it", () => {
	const home = path.join(directory, 'xdg');
	const saved = process.env['XDG_CONFIG_HOME'];
	process.env['XDG_CONFIG_HOME'] = home;
	try {
		const user = createPrefs({workingDirectory: directory});
		user.setResume('triage.jsonl', {selectedId: 'x::y'});
		const written = path.relative(home, user.path!);
		expect(fs.existsSync(user.path!)).toBe(true);
		const readme = fs.readFileSync('README.md', 'utf8').replaceAll(/\s+/g, ' ');
		if (process.platform === 'linux') {
			for (const named of [`\`~/.config/${written}\``, '`$XDG_CONFIG_HOME`']) {
				expect(readme.includes(named), `the README names ${named}`).toBe(true);
			}
		}
	} finally {
		if (saved === undefined) {
			delete process.env['XDG_CONFIG_HOME'];
		} else {
			process.env['XDG_CONFIG_HOME'] = saved;
		}
	}
});
