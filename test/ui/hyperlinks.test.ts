import {afterEach, describe, expect, test, vi} from 'vitest';
import {
	hyperlinksFromEnvironment,
	terminalLink,
} from '../../source/review/hyperlinks.js';

const tty = {isTTY: true};
const pipe = {isTTY: false};

/** A terminal supports-hyperlinks knows (kitty), with nothing else in the environment that decides. */
function kitty(extra: Record<string, string> = {}) {
	for (const [name, value] of Object.entries({
		TERM: 'xterm-kitty',
		FORCE_COLOR: '1',
		CI: '',
		TERM_PROGRAM: '',
		VTE_VERSION: '',
		FORCE_HYPERLINK: '',
		TRIAGE_HYPERLINKS: '',
		...extra,
	})) {
		vi.stubEnv(name, value);
	}

	// Windows Terminal is recognised by the variable being there at all.
	vi.stubEnv('WT_SESSION', undefined);
}

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('whether the review writes hyperlinks', () => {
	test('a terminal known to support them, stdout a terminal: yes', () => {
		kitty();
		expect(hyperlinksFromEnvironment(process.env, tty)).toBe(true);
	});

	test('stdout not a terminal, TERM=dumb or unset, colours off, an unknown terminal: no', () => {
		kitty();
		expect(hyperlinksFromEnvironment(process.env, pipe)).toBe(false);
		kitty({TERM: 'dumb'});
		expect(hyperlinksFromEnvironment(process.env, tty)).toBe(false);
		kitty({TERM: ''});
		expect(
			hyperlinksFromEnvironment({...process.env, TERM: undefined}, tty),
		).toBe(false);
		kitty({FORCE_COLOR: '0'});
		expect(hyperlinksFromEnvironment(process.env, tty)).toBe(false);
		// tmux passes OSC 8 on only when told to: not guessed.
		kitty({TERM: 'tmux-256color', TERM_PROGRAM: 'tmux'});
		expect(hyperlinksFromEnvironment(process.env, tty)).toBe(false);
	});

	test('TRIAGE_HYPERLINKS=1 or 0 decides, whatever the terminal', () => {
		kitty({TRIAGE_HYPERLINKS: '0'});
		expect(hyperlinksFromEnvironment(process.env, tty)).toBe(false);
		kitty({TRIAGE_HYPERLINKS: '1', TERM: 'dumb'});
		expect(hyperlinksFromEnvironment(process.env, pipe)).toBe(true);
		expect(hyperlinksFromEnvironment({TRIAGE_HYPERLINKS: 'off'}, tty)).toBe(
			false,
		);
	});
});

describe('terminalLink', () => {
	test('wraps text in OSC 8 with the URL', () => {
		expect(terminalLink('#1', 'https://x.test/1')).toBe(
			'\u001B]8;;https://x.test/1\u0007#1\u001B]8;;\u0007',
		);
	});

	test('no URL, or one with a space, a control or non-ASCII character: the text alone', () => {
		expect(terminalLink('#1', undefined)).toBe('#1');
		expect(terminalLink('#1', 'https://x.test/a b')).toBe('#1');
		expect(terminalLink('#1', 'https://x.test/\u0007\u001B]0;t')).toBe('#1');
		expect(terminalLink('#1', 'https://x.test/ü')).toBe('#1');
	});
});
