import {describe, expect, test} from 'vitest';
import {ownersMatcher, parseCodeowners} from '../../source/classify/owners.js';

/** A CODEOWNERS as a team writes one: general rules first, the specific ones after (the last match wins). */
const codeowners = String.raw`# Default owners of everything
*                               @org/platform

# Python anywhere
*.py                            @org/python @alice   # inline comment

# The docs folder at the root only, and everything under it
/docs/                          @org/docs

# Every chaos folder under tests, at any depth
tests/**/chaos/                 @org/sre

# Files directly in tests/unit, not its subfolders
tests/unit/*                    @org/unit

# Database chaos tests belong to the DBAs (after the sre rule: it wins)
tests/chaos/database/           @org/dba dba@example.com

# Explicitly unowned: the last match has no owners
tests/chaos/database/test_legacy.py

# A folder named logs anywhere
**/logs                         @org/observability

# Things GitHub does not support: skipped with a warning
!tests/chaos/auth/
tests/[abc]/x.py                @org/nobody
\#weird                         @org/nobody
`;

describe('parseCodeowners', () => {
	const parsed = parseCodeowners(codeowners);

	test('reads the rules in order, with their lines and owners, comments dropped', () => {
		expect(
			parsed.rules.map(rule => [rule.line, rule.pattern, rule.owners]),
		).toEqual([
			[2, '*', ['@org/platform']],
			[5, '*.py', ['@org/python', '@alice']],
			[8, '/docs/', ['@org/docs']],
			[11, 'tests/**/chaos/', ['@org/sre']],
			[14, 'tests/unit/*', ['@org/unit']],
			[17, 'tests/chaos/database/', ['@org/dba', 'dba@example.com']],
			[20, 'tests/chaos/database/test_legacy.py', []],
			[23, '**/logs', ['@org/observability']],
		]);
	});

	test('negation, character ranges and an escaped # are skipped, each with a warning', () => {
		expect(parsed.warnings).toEqual([
			{
				line: 26,
				message: 'negation (!) does not work in CODEOWNERS: line skipped',
			},
			{
				line: 27,
				message:
					'character ranges ([ ]) do not work in CODEOWNERS: line skipped',
			},
			{
				line: 28,
				message: 'an escaped # does not work in CODEOWNERS: line skipped',
			},
		]);
	});

	test('an owner with a control or invisible character skips its line', () => {
		const hostile = parseCodeowners(
			'*.py @org/a\u001B]0;x\u0007\n*.md @ok\u202E\n*.txt @fine\n',
		);
		expect(hostile.rules.map(rule => rule.pattern)).toEqual(['*.txt']);
		expect(hostile.warnings.map(warning => warning.line)).toEqual([1, 2]);
	});

	test('an owner that is not @user, @org/team or an e-mail address skips its line, as on GitHub', () => {
		const written = parseCodeowners(
			[
				'*                 @org/platform',
				'tests/chaos/      org/sre',
				'tests/cache/      @org/cache @org/cache=team',
				'tests/db/         @org/dba dba@example.com @first.last @org/team_2',
			].join('\n'),
		);
		expect(written.rules.map(rule => rule.line)).toEqual([1, 4]);
		expect(written.warnings).toEqual([
			{
				line: 2,
				message:
					"'org/sre' is not an owner (@user, @org/team or an e-mail address): line skipped",
			},
			{
				line: 3,
				message:
					"'@org/cache=team' is not an owner (@user, @org/team or an e-mail address): line skipped",
			},
		]);
		// Skipped, the line owns nothing: the line before it does.
		expect(ownersMatcher(written.rules)('tests/chaos/test_a.py')).toEqual([
			'@org/platform',
		]);
	});

	test('CRLF line ends and an escaped space in a pattern', () => {
		const windows = parseCodeowners(
			'docs/my\\ notes/ @org/docs\r\n*.md @org/writers\r\n',
		);
		expect(windows.rules.map(rule => [rule.pattern, rule.owners])).toEqual([
			['docs/my\\ notes/', ['@org/docs']],
			['*.md', ['@org/writers']],
		]);
		expect(ownersMatcher(windows.rules)('docs/my notes/a.txt')).toEqual([
			'@org/docs',
		]);
	});
});

describe('ownersMatcher: GitHub’s rules through the ignore library', () => {
	const ownersOf = ownersMatcher(parseCodeowners(codeowners).rules);

	test.each([
		// The last matching line wins.
		['README.md', ['@org/platform']],
		['setup.py', ['@org/python', '@alice']],
		['src/app/models.py', ['@org/python', '@alice']],
		// `/docs/` is anchored to the root, and owns everything below it, even a .py file after *.py.
		['docs/conf.py', ['@org/docs']],
		['docs/api/reference/index.md', ['@org/docs']],
		['src/docs/notes.md', ['@org/platform']],
		// `tests/**/chaos/`: a chaos folder at any depth under tests (zero folders in between too).
		['tests/chaos/auth/test_auth_chaos.py', ['@org/sre']],
		['tests/integration/eu/chaos/test_zone.py', ['@org/sre']],
		['tests/chaosmonkey/test_x.py', ['@org/python', '@alice']],
		['other/chaos/test_x.py', ['@org/python', '@alice']],
		// A later, more specific rule wins over the chaos rule…
		[
			'tests/chaos/database/test_database_chaos.py',
			['@org/dba', 'dba@example.com'],
		],
		// …and a last rule without owners makes a file unowned.
		['tests/chaos/database/test_legacy.py', []],
		// `dir/*` owns the files directly in the folder, not in its subfolders (GitHub, not gitignore).
		['tests/unit/test_units.py', ['@org/unit']],
		['tests/unit/models/test_models.py', ['@org/python', '@alice']],
		// `**/logs` at any depth.
		['services/api/logs/test_logging.py', ['@org/observability']],
		// Case-sensitive, as GitHub is.
		['Tests/Chaos/test_x.PY', ['@org/platform']],
		// The skipped negation does not unown anything.
		['tests/chaos/auth/test_jwt.py', ['@org/sre']],
	])('%s → %j', (file, owners) => {
		expect(ownersOf(file)).toEqual(owners);
	});

	test('a path outside the repository, absolute or not normalized has no owners (and does not throw)', () => {
		for (const path of [
			'../x/test_a.py',
			'/abs/test_a.py',
			'./tests/a.py',
			'',
			'a/../../b.py',
		]) {
			expect(ownersOf(path)).toEqual([]);
		}
	});

	test('no rules: nobody owns anything', () => {
		expect(ownersMatcher([])('tests/a.py')).toEqual([]);
	});
});
