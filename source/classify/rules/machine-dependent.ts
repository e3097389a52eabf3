/**
Built-in rules for a test that passes only on the machine it was written on, as its own report shows: a file only
a developer's HOME has (`~/.ropewalk/credentials.json`), opened by the test or by the code it calls, and a listing
of a folder in the order the file system happened to give it (`os.listdir`), which the test's own assertion takes
for the expected order. Tried with the rules on the test's own code: before the rules on settings, which would read
any absolute path that is not there as the settings' (`missing-configured-path`), and before `value-mismatch`.
*/

import type {RuleSpec} from './types.js';

export const machineDependentRules: readonly RuleSpec[] = [
	// `FileNotFoundError: [Errno 2] No such file or directory: '/home/ci/.kilnyard/defaults.json'`, raised where the
	// test (`open(os.path.expanduser("~/.kilnyard/defaults.json"))`) or the code it calls opens the file: a file of a
	// user's dot-folder or a dotfile under HOME (`/home/<user>/.x`, `/root/.x`, `/Users/<user>/.x`), which the
	// developer who wrote the test has and a runner's HOME never does (suites 77 and 79 decided both so). Raised in a
	// library (a client's key file, `subprocess` of a tool in `~/.local/bin`) is not read so, nor pytest's own
	// folders, a virtualenv or an interpreter under HOME, nor a clean-up at teardown.
	{
		name: 'developer-home-file-missing',
		match: {
			phase: ['call', 'setup'],
			exception: /^(?:builtins\.)?FileNotFoundError$/,
			message:
				/(?:^|\n)FileNotFoundError: \[Errno 2] No such file or directory: '(?:\/home\/[^/'\n]+|\/root|\/Users\/[^/'\n]+)\/\.(?!cache\/pytest|pytest|venv\/|virtualenvs\/|pyenv\/|local\/(?:bin|lib)\/)[^/'\n]/,
			raisedIn: ['test', 'app'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test needs a file from a user's own dot-folder under HOME: the developer who wrote it has that file, a runner's HOME does not; give the test its own (tmp_path, HOME pointed at it) or a fixture that writes it",
	},
	// `assert res.kiln_logs(folder) == [n for n in os.listdir(folder) if …]` failing on order alone (`At index 0
	// diff`, neither side holding more items): the test's own line takes a folder's listing (`os.listdir`,
	// `os.scandir`, `glob.glob`, `Path.iterdir`, `Path.glob`), unsorted, as the order to expect, and the file system
	// gives names in no promised order. A listing wrapped in `sorted(…)`, `set(…)` or `Counter(…)` on that line is
	// the test asking for the code's order, and a listing with items missing or left over (`os.listdir(tmp_path) ==
	// []` with a temporary file the code left, a folder an earlier test filled) is about the files, not their order:
	// neither is read so.
	{
		name: 'folder-listing-order-in-test',
		match: {
			phase: ['call'],
			exception: /(?:^|\.)AssertionError$/,
			raisedIn: ['test'],
			traceback:
				/(?<=(?:^|\n)[^\n]*\.py:\d+: in \w+\n[ \t]+)assert (?![^\n]*\b(?:sorted|set|frozenset|Counter)\()(?=[^\n]*?(?:\bos\.(?:listdir|scandir)|\bglob\.i?glob|\.iterdir|\.r?glob)\()[^\n]*\nE[ \t]+(?:AssertionError: )?assert [^\n]*\n(?:E[^\n]*\n)*?E[ \t]+At index \d+ diff:/,
			not: {message: /\b(?:Left|Right) contains (?:one|\d+) more items?\b/},
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test expects the order in which the file system lists a folder (os.listdir, glob, iterdir), which no file system promises: the items match, their order does not; sort the listing in the test',
	},
];
