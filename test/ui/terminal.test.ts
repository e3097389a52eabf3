/**
The built CLI in a real terminal (tmux): press 1 b e q, reopen, find both decisions on screen and in the
journal. Skipped when tmux is missing (CI installs it).
*/
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {describe, expect, test} from 'vitest';
import {openJournal} from '../../source/triage/journal.js';
import {
	cli,
	hasTmux,
	keys,
	quote,
	screen,
	start,
	temporary,
	tmux,
	waitFor,
} from '../tmux.js';

const log = path.resolve('fixtures/real/redis-py-killed-tb-short/run.log.gz');

describe.skipIf(!hasTmux)('the built CLI in tmux', () => {
	test('1 b e q, then reopen: both decisions on screen and in the journal', async () => {
		expect(fs.existsSync(cli), 'dist/cli.js: run npm run build').toBe(true);
		const journal = path.join(temporary, 'triage.jsonl');
		const first = start(['--triage', journal, log]);
		let text = await waitFor(
			first,
			t => t.includes('0/165 decided'),
			'the review',
		);
		expect(text).toContain('› ');
		expect(text).toContain('test_acl_getuser_setuser');
		// Faster than a person: the three keys may arrive in one read.
		// `e` takes the row's suggested priority: HIGH (test_acl_log's plain assertion is a suggested bug).
		keys(first, '1', 'b', 'e');
		// The whole frame, not its first lines: under load tmux may capture a frame half drawn.
		text = await waitFor(
			first,
			t => t.includes('2/165 decided') && t.includes('saved: ENVIRONMENT HIGH'),
			'two decisions',
		);
		expect(text).toContain('saved: ENVIRONMENT HIGH');
		expect(text).toMatch(/FAIL HIGH +BUG/);
		expect(text).toMatch(/FAIL HIGH +ENVIRONMENT/);
		keys(first, 'q');
		await waitFor(first, t => t.includes('EXITED 0'), 'the exit');

		const decisions = openJournal(journal, {now: () => new Date()}).state();
		expect(
			[...decisions.values()].map(d => [d?.category, d?.priority]),
		).toEqual([
			['BUG', 'HIGH'],
			['ENVIRONMENT', 'HIGH'],
		]);

		const second = start(['--triage', journal, log]);
		text = await waitFor(
			second,
			t => t.includes('2/165 decided') && t.includes('q quit'),
			'the reopened review',
		);
		expect(text).toMatch(/FAIL HIGH +BUG +…?\S*test_acl_getuser_setuser/);
		expect(text).toMatch(/FAIL HIGH +ENVIRONMENT +\S*test_acl_log/);
		// The selection is where it was left: the third failure.
		expect(text).toMatch(/^› +FAIL .*test_mset_on_cluster_multiple_slots/m);
		for (const line of text.split('\n')) {
			expect(line.length).toBeLessThanOrEqual(120);
		}

		keys(second, 'q');
		await waitFor(second, t => t.includes('EXITED 0'), 'the second exit');
	});

	test('Ctrl+C in the review quits with exit 130, as report and export interrupted do; the decision made stays, and q exits 0', async () => {
		const journal = path.join(temporary, 'ctrl-c-review.jsonl');
		const name = start(['--triage', journal, log]);
		await waitFor(name, t => t.includes('0/165 decided'), 'the review');
		keys(name, 'b');
		await waitFor(
			name,
			t => t.includes('1/165 decided') && t.includes('saved: BUG'),
			'the decision',
		);
		keys(name, 'C-c');
		await waitFor(name, t => t.includes('EXITED '), 'the exit');
		expect(screen(name)).toContain('EXITED 130');
		const decisions = openJournal(journal, {now: () => new Date()}).state();
		expect([...decisions.values()].map(d => d?.category)).toEqual(['BUG']);

		// Reopened where it was left (Ctrl+C keeps the place as q does), and q is a plain exit.
		const again = start(['--triage', journal, log]);
		const text = await waitFor(
			again,
			t => t.includes('1/165 decided') && t.includes('q quit'),
			'the reopened review',
		);
		expect(text).toMatch(/^› +FAIL .*test_acl_log/m);
		keys(again, 'q');
		await waitFor(again, t => t.includes('EXITED 0'), 'the second exit');
	});

	test('text pasted where a key is asked for presses no key (bracketed paste); pasted into a note it is the note', async () => {
		const journal = path.join(temporary, 'paste.jsonl');
		const name = start(['--triage', journal, log]);
		await waitFor(name, t => t.includes('0/165 decided'), 'the review');
		// Without bracketed paste, b e t a decided four failures, Space marked, s opened the summary.
		tmux('set-buffer', '-b', name, 'beta test 123');
		tmux('paste-buffer', '-p', '-b', name, '-t', name);
		let text = await waitFor(
			name,
			t => t.includes('pasted text ignored'),
			'the paste ignored',
		);
		expect(text).toContain('0/165 decided');
		expect(text).not.toContain('marked');
		keys(name, '#');
		await waitFor(name, t => t.includes('Enter save'), 'the note');
		// A paste ending in a line break saves nothing until Enter.
		tmux('set-buffer', '-b', name, 'see CI\nbuild 42\n');
		tmux('paste-buffer', '-p', '-b', name, '-t', name);
		text = await waitFor(
			name,
			t => t.includes('see CI build 42'),
			'the pasted note',
		);
		expect(text).toContain('0/165 decided');
		keys(name, 'Enter');
		await waitFor(name, t => t.includes('1/165 decided'), 'the note saved');
		keys(name, 'q');
		await waitFor(name, t => t.includes('EXITED 0'), 'the exit');
		const decisions = [
			...openJournal(journal, {now: () => new Date()})
				.state()
				.values(),
		];
		expect(decisions.map(decision => decision?.note)).toEqual([
			'see CI build 42',
		]);
	});

	test('function keys with modifiers press no key: Ctrl+F1 ended the review on a stack trace, Shift+F1 set a priority', async () => {
		const journal = path.join(temporary, 'fkeys.jsonl');
		const name = start(['--triage', journal, log]);
		await waitFor(name, t => t.includes('0/165 decided'), 'the review');
		// xterm's Ctrl+F1 and Ctrl+F4 (ESC [1;5P, S), Shift+F1 (ESC [1;2P: keys 1 and 2 for Ink 6.8), Alt+F2.
		keys(name, 'C-F1', 'S-F1', 'M-F2', 'C-F4');
		keys(name, 'j');
		const text = await waitFor(
			name,
			t => /^› +FAIL .*test_acl_log/m.test(t) || t.includes('EXITED'),
			'the second row selected',
		);
		expect(text).toMatch(/^› +FAIL .*test_acl_log/m);
		expect(text).not.toContain('TypeError');
		expect(text).not.toContain('priority MEDIUM');
		expect(text).not.toContain('no such key');
		keys(name, 'q');
		await waitFor(name, t => t.includes('EXITED 0'), 'the exit');
		expect(fs.existsSync(journal)).toBe(false);
	});

	test('an OSC the terminal sends (a colour query answered late, a title or link pasted into a note) presses no key and types nothing', async () => {
		const journal = path.join(temporary, 'osc.jsonl');
		const name = start(['--triage', journal, log]);
		await waitFor(name, t => t.includes('0/165 decided'), 'the review');
		// Ink 6.8 read `ESC ]11;rgb:…` as Alt+] then keys: `1` set a priority, `b` decided BUG.
		tmux('send-keys', '-t', name, '-l', '\u001B]11;rgb:bbbb/bbbb/bbbb\u0007');
		keys(name, 'j');
		let text = await waitFor(
			name,
			t => /^› +FAIL .*test_acl_log/m.test(t) || t.includes('EXITED'),
			'the second row selected',
		);
		expect(text).toContain('0/165 decided');
		expect(text).not.toContain('no such key');
		expect(text).not.toContain('priority HIGH');
		keys(name, '#');
		await waitFor(name, t => t.includes('type a note'), 'the note');
		tmux(
			'send-keys',
			'-t',
			name,
			'-l',
			'\u001B[200~see \u001B]0;T\u0007the \u001B]8;;https://x.test/1\u001B\\link\u001B]8;;\u001B\\\u001B[201~',
		);
		keys(name, 'Enter');
		text = await waitFor(
			name,
			t => t.includes('1/165 decided'),
			'the note saved',
		);
		expect(text).toMatch(/note: see the link\b/);
		keys(name, 'q');
		await waitFor(name, t => t.includes('EXITED 0'), 'the exit');
		const decisions = openJournal(journal, {now: () => new Date()}).state();
		expect([...decisions.values()].map(decision => decision?.note)).toEqual([
			'see the link',
		]);
	});

	test('Ctrl+Z stops the review to the shell and fg brings it back; `fg` and its Enter are no keys of the review', async () => {
		const journal = path.join(temporary, 'suspend.jsonl');
		const name = 'suspend-shell';
		// A shell with job control, as a person's: the one `start` runs the CLI in (sh -c) has none.
		tmux(
			'new-session',
			'-d',
			'-s',
			name,
			'-x',
			'120',
			'-y',
			'40',
			'env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color bash --norc --noprofile -i',
		);
		keys(
			name,
			`cd ${quote(temporary)} && XDG_CONFIG_HOME=${quote(path.join(temporary, 'config'))} ${quote(process.execPath)} ${quote(cli)} --triage ${quote(journal)} ${quote(log)}`,
			'Enter',
		);
		await waitFor(name, t => t.includes('0/165 decided'), 'the review');
		keys(name, 'C-z');
		await waitFor(name, t => t.includes('Stopped'), "the shell's job stopped");
		// Typed to the shell: without the suspend, f filtered, g went to the top and Enter accepted a suggestion.
		keys(name, 'fg', 'Enter');
		let text = await waitFor(
			name,
			t => t.includes('0/165 decided') && t.includes('back from the shell'),
			'the review back',
		);
		expect(text).not.toContain('filter');
		// Again: the frame back is the one drawn before ("back from the shell" once more), and Ink drew nothing for
		// it; the screen stayed blank until a key (QA 41).
		keys(name, 'C-z');
		await waitFor(
			name,
			t => (t.match(/Stopped/g)?.length ?? 0) >= 2,
			"the shell's job stopped again",
		);
		keys(name, 'fg', 'Enter');
		await waitFor(
			name,
			t => t.includes('0/165 decided') && t.includes('back from the shell'),
			'the review back a second time',
		);
		keys(name, 'b');
		text = await waitFor(name, t => t.includes('1/165 decided'), 'a decision');
		keys(name, 'q');
		const lastLines = (screenText: string) =>
			screenText
				.split('\n')
				.map(line => line.trimEnd())
				.filter(line => line !== '')
				.slice(-2);
		const isPrompt = (line: string | undefined) =>
			/^bash\S* ?[#$]$/.test(line ?? '');
		// The shell's screen again (the alternate screen left), with the job done and the shell's prompt back: `jobs`
		// typed before the prompt is echoed on a line of its own (CI saw it once).
		await waitFor(
			name,
			t => !t.includes('decided') && isPrompt(lastLines(t)[1]),
			'the exit',
		);
		keys(name, 'jobs', 'Enter');
		// `jobs` lists none: its line and the next prompt are the last two.
		text = await waitFor(
			name,
			t => lastLines(t)[0]?.endsWith(' jobs') === true,
			'the jobs listed',
		);
		expect(isPrompt(lastLines(text)[1])).toBe(true);
		expect(openJournal(journal, {now: () => new Date()}).state().size).toBe(1);
	});

	test('with no LOG, the logs last opened with the triage file', async () => {
		const journal = path.join(temporary, 'again.jsonl');
		const first = start(['--triage', journal, log]);
		await waitFor(first, t => t.includes('0/165 decided'), 'the review');
		keys(first, 'j', 'j', 'j', 'q');
		await waitFor(first, t => t.includes('EXITED 0'), 'the exit');
		const second = start(['--triage', journal]);
		const text = await waitFor(
			second,
			t => t.includes('0/165 decided') && t.includes('q quit'),
			'the review of the same log',
		);
		expect(text).toContain('run.log.gz');
		expect(text).toMatch(/^› +FAIL .*test_xgroup_create_entriesread/m);
		keys(second, 'q');
		await waitFor(second, t => t.includes('EXITED 0'), 'the second exit');
		const none = start(['--triage', path.join(temporary, 'never.jsonl')]);
		const message = await waitFor(
			none,
			t => t.includes('EXITED 2'),
			'the usage error',
		);
		expect(message).toContain(
			'no LOG given and none was opened with never.jsonl',
		);
	});

	test('a log piped to stdin, keys from the terminal', async () => {
		const journal = path.join(temporary, 'piped.jsonl');
		const name = start(['--triage', journal, '-'], log);
		await waitFor(name, t => t.includes('0/165 decided'), 'the review');
		keys(name, 'b');
		await waitFor(
			name,
			t => t.includes('1/165 decided') && t.includes('stdin'),
			'a decision',
		);
		keys(name, 'q');
		await waitFor(name, t => t.includes('EXITED 0'), 'the exit');
		expect(openJournal(journal, {now: () => new Date()}).state().size).toBe(1);
		// The piped log was kept in .triage/: with no LOG, the review and export open it again.
		const again = start(['--triage', journal]);
		const text = await waitFor(
			again,
			t => t.includes('1/165 decided') && t.includes('q quit'),
			'the piped run, reopened',
		);
		expect(text).toMatch(/stdin-[\dT-]+-[\da-f]{8}\.log\.gz/);
		keys(again, 'q');
		await waitFor(again, t => t.includes('EXITED 0'), 'the second exit');
		const exported = spawnSync(
			process.execPath,
			[cli, 'export', '--triage', journal, '--csv', '-'],
			{encoding: 'utf8', cwd: temporary},
		);
		expect(exported.stderr).toBe('');
		expect(exported.stdout.trim().split('\n')).toHaveLength(166);
	});
});

describe.skipIf(!hasTmux)(
	'keys while the log loads, and the screen after',
	() => {
		/**
		A pipe that is silent until the test creates `gate` (at most 30 s), then gives the log: the loading screen
		stays up meanwhile, however slow the machine (a fixed two seconds let a loaded machine's review come up
		before the test looked). Once pytest's header has come, a live pipe opens the review at once: a log cut in
		two would not do.
		*/
		const slowly = (gate: string) =>
			`for i in $(seq 600); do [ -e ${quote(gate)} ] && break; sleep 0.05; done; gzip -dc ${quote(log)}`;
		const open = (gate: string) => {
			fs.writeFileSync(gate, '');
		};

		test('keys typed while loading are not echoed and do not act; after q the shell screen is back', async () => {
			const journal = path.join(temporary, 'slow.jsonl');
			const gate = path.join(temporary, 'slow.gate');
			const name = start(['--triage', journal, '-'], undefined, slowly(gate));
			await waitFor(
				name,
				t => t.includes('loading stdin'),
				'the loading screen',
			);
			// o would open an editor, 1 decide, j move: all typed before the review is up.
			keys(name, 'o', '1', 'j', 'x');
			await new Promise(resolve => {
				setTimeout(resolve, 300);
			});
			const loading = screen(name);
			expect(loading).toContain('loading stdin');
			// Echoed in cooked mode, the four keys would show as typed.
			expect(loading).not.toContain('o1jx');
			open(gate);
			const text = await waitFor(
				name,
				t => t.includes('0/165 decided') && t.includes('q quit'),
				'the review',
			);
			expect(text).toMatch(/^› +FAIL .*test_acl_getuser_setuser/m);
			expect(text).not.toContain('no such key');
			keys(name, 'q');
			const after = await waitFor(
				name,
				t => t.includes('EXITED 0'),
				'the exit',
			);
			// The alternate screen was left: the shell's lines, none of the review's.
			expect(after).toContain('SHELL-BEFORE');
			expect(after).not.toContain('decided');
			expect(after).not.toContain('loading stdin');
		});

		test('q while loading quits, exit 0, nothing saved', async () => {
			const journal = path.join(temporary, 'quit-loading.jsonl');
			const gate = path.join(temporary, 'quit-loading.gate');
			const name = start(['--triage', journal, '-'], undefined, slowly(gate));
			await waitFor(
				name,
				t => t.includes('loading stdin'),
				'the loading screen',
			);
			keys(name, 'q');
			// The shell prints the code once the slow pipe ends too.
			open(gate);
			const after = await waitFor(
				name,
				t => t.includes('EXITED 0'),
				'the exit',
			);
			expect(after).toContain('SHELL-BEFORE');
			expect(after).not.toContain('loading stdin');
			expect(fs.existsSync(journal)).toBe(false);
		});

		test('Ctrl+C while loading quits, exit 130 (interrupted, as report and export by Ctrl+C)', async () => {
			const gate = path.join(temporary, 'ctrl-c.gate');
			const name = start(
				['--triage', path.join(temporary, 'ctrl-c.jsonl'), '-'],
				undefined,
				slowly(gate),
			);
			await waitFor(
				name,
				t => t.includes('loading stdin'),
				'the loading screen',
			);
			keys(name, 'C-c');
			open(gate);
			const after = await waitFor(
				name,
				t => t.includes('EXITED 130'),
				'the exit',
			);
			expect(after).toContain('SHELL-BEFORE');
		});

		test('SIGTERM during the review: the shell screen is back, exit 143', async () => {
			const name = start(['--triage', path.join(temporary, 'term.jsonl'), log]);
			await waitFor(name, t => t.includes('0/165 decided'), 'the review');
			const shell = tmux(
				'display-message',
				'-p',
				'-t',
				name,
				'#{pane_pid}',
			).trim();
			// The shell's one child is the CLI (env execs node).
			const child = execFileSync('pgrep', ['-P', shell], {
				encoding: 'utf8',
			}).trim();
			process.kill(Number(child), 'SIGTERM');
			const after = await waitFor(
				name,
				t => t.includes('EXITED 143'),
				'the exit',
			);
			expect(after).toContain('SHELL-BEFORE');
			expect(after).not.toContain('decided');
		});

		test('TRIAGE_NO_ALT_SCREEN=1: the last frame stays on the screen', async () => {
			const name = start(
				['--triage', path.join(temporary, 'no-alt.jsonl'), log],
				undefined,
				undefined,
				'TRIAGE_NO_ALT_SCREEN=1',
			);
			await waitFor(name, t => t.includes('0/165 decided'), 'the review');
			keys(name, 'q');
			const after = await waitFor(
				name,
				t => t.includes('EXITED 0'),
				'the exit',
			);
			expect(after).toContain('0/165 decided');
		});
	},
);

describe('without a terminal', () => {
	test('the review says to use report or export, exit 2', () => {
		const result = spawnSync(process.execPath, [cli, log], {
			encoding: 'utf8',
			cwd: temporary,
		});
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			'triage: the review needs a terminal; use `triage report` or `triage export`\n',
		);
	});

	test('a LOG that is not there says so first, exit 2', () => {
		const result = spawnSync(process.execPath, [cli, 'missing.log'], {
			encoding: 'utf8',
			cwd: temporary,
		});
		expect(result.status).toBe(2);
		expect(result.stderr).toBe('triage: missing.log: no such file\n');
	});
});
