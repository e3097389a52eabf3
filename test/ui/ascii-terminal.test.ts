/**
The review in a terminal that cannot show Unicode (`LANG=C`, `LC_ALL=POSIX`, `TERM=dumb`, no locale on a `vt220`), in a real terminal
(tmux): drawn in ASCII, its rules, bars, marks and separators one ASCII character each, where it drew box
characters (`─`, `░`, `›`, `·`) a C locale shows as garbage. A UTF-8 locale still draws them.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {wantsAscii} from '../../source/ui/ascii.js';
import {hasTmux, keys, start, waitFor} from '../tmux.js';

const log = path.resolve('fixtures/renamed/day2.log');

test.each([
	[{LANG: 'C'}, true],
	[{LANG: 'POSIX'}, true],
	[{LANG: 'en_US.ISO-8859-1'}, true],
	[{LANG: 'en_US.UTF-8', LC_ALL: 'C'}, true],
	[{LANG: 'C', LC_CTYPE: 'C.UTF-8'}, false],
	[{LANG: 'C.UTF-8'}, false],
	[{LANG: 'de_DE.utf8'}, false],
	[{LANG: 'C.UTF-8', TERM: 'dumb'}, true],
	[{TERM: 'xterm-256color'}, false],
	[{TERM: 'xterm'}, false],
	[{TERM: 'tmux-256color'}, false],
	[{TERM: 'screen'}, false],
	[{TERM: 'alacritty'}, false],
	[{TERM: 'vt100'}, true],
	[{TERM: 'vt220'}, true],
	[{TERM: 'linux'}, true],
	[{TERM: 'ansi'}, true],
	[{LANG: '', TERM: 'vt100'}, true],
	[{LANG: 'C.UTF-8', TERM: 'vt100'}, false],
	[{LANG: 'C', TERM: 'xterm-256color'}, true],
	[{}, true],
])('%j: ASCII %s', (environment, isAscii) => {
	expect(wantsAscii(environment)).toBe(isAscii);
});

describe.skipIf(!hasTmux)('the review in a terminal without Unicode', () => {
	test.each([
		'LANG=C LC_ALL=',
		'LC_ALL=POSIX',
		'TERM=dumb',
		// No locale at all: the terminal type decides.
		'LANG= LC_ALL= LC_CTYPE= TERM=vt220',
	])(
		'%s: every character drawn is ASCII, the layout as in UTF-8',
		async environment => {
			const name = start(
				[log, '--no-history', '--triage', `ascii-${environment.length}.jsonl`],
				undefined,
				undefined,
				environment,
			);
			const text = await waitFor(
				name,
				t =>
					t.includes('tests/sub/test_b.py::test_one') && t.includes('decided'),
				'the review',
			);
			expect(text).toMatch(/^>\s+FAIL\s/m);
			expect(text).toMatch(/^--- tests\/sub\/test_b\.py::test_one$/m);
			expect(text).toMatch(/^day2\.log \| complete \| 2 failed \| 2 passed/m);
			expect([...text].filter(character => character > '\u007F')).toEqual([]);
			keys(name, 's');
			const summary = await waitFor(
				name,
				t => t.includes('By category'),
				'the summary',
			);
			expect(summary).toMatch(/BUG +#+ +2/);
			expect([...summary].filter(character => character > '\u007F')).toEqual(
				[],
			);
			keys(name, 'q', 'q');
		},
		30_000,
	);

	test.each([
		['a UTF-8 locale', 'LANG=C.UTF-8 LC_ALL='],
		['no locale on xterm', 'LANG= LC_ALL= LC_CTYPE= TERM=xterm-256color'],
	])(
		'%s still draws its box characters',
		async (_, environment) => {
			const name = start(
				[log, '--no-history', '--triage', `utf8-${environment.length}.jsonl`],
				undefined,
				undefined,
				environment,
			);
			const text = await waitFor(
				name,
				t =>
					t.includes('tests/sub/test_b.py::test_one') && t.includes('decided'),
				'the review',
			);
			expect(text).toContain('─── tests/sub/test_b.py::test_one');
			expect(text).toMatch(/^›\s+FAIL\s/m);
			keys(name, 'q');
		},
		30_000,
	);
});
