/**
A pytest log as other tools keep it, in the forms their documentation and real logs show: CI services' raw logs
(GitLab's runner, Jenkins, Azure Pipelines, Buildkite), docker compose's output. Each form wraps the log's own bytes
(read as Latin-1, so any byte goes through unchanged) in the tool's lines before and after, and puts the tool's prefix
before every line. `fixtures/saved/` holds one real log saved each way (its README says how).
*/
import {Buffer} from 'node:buffer';

type Form = (log: Buffer) => Buffer;

/** The log's lines (the empty text after its last newline is no line), each given to `each`, joined again. */
function eachLine(
	log: Buffer,
	each: (line: string, index: number) => string,
): string {
	const lines = log.toString('latin1').split('\n');
	return lines
		.map((line, index) =>
			index === lines.length - 1 && line === '' ? line : each(line, index),
		)
		.join('\n');
}

/** The tool's lines before and after the log's; the tool's first line after a log cut inside its last starts a line. */
function wrap(before: string, body: string, after: string): Buffer {
	return Buffer.concat([
		Buffer.from(before, 'utf8'),
		Buffer.from(body, 'latin1'),
		Buffer.from(body.endsWith('\n') || after === '' ? '' : '\n'),
		Buffer.from(after, 'utf8'),
	]);
}

const two = (value: number) => String(value).padStart(2, '0');
/** An ISO time for line `index`, with `digits` decimals (GitHub 7, GitLab 6, Jenkins 3). */
const isoTime = (index: number, digits: number) =>
	`2026-11-30T10:${two(Math.floor(index / 600) % 60)}:${two(Math.floor(index / 10) % 60)}.${String(index % 10 ** digits).padStart(digits, '0')}Z`;
const escape = '\u001B';

export const savedForms: ReadonlyArray<readonly [string, Form]> = [
	[
		// GitLab's runner with timestamps (`FF_TIMESTAMPS`, the default from runner 18.7): the runner's own lines on
		// stream 00, the script's on 01 (O stdout, E stderr), section markers, and a line the runner cut goes on after
		// `+` (here every third line holding `::`, cut after its first space past it).
		"GitLab's raw job log with timestamps",
		log => {
			const time = (index: number) => isoTime(index, 6);
			const body = eachLine(log, (line, index) => {
				const cut = line.indexOf(' ', line.indexOf('::'));
				return line.includes('::') && cut > 0 && index % 3 === 0
					? `${time(index)} 01O ${line.slice(0, cut + 1)}\n${time(index)} 01O+${line.slice(cut + 1)}`
					: `${time(index)} 01${index % 7 === 3 ? 'E' : 'O'} ${line}`;
			});
			return wrap(
				[
					`${time(0)} 00O ${escape}[0KRunning with gitlab-runner 18.7.0 (3a5f2314)${escape}[0;m`,
					`${time(0)} 00O section_start:1796032800:step_script\r${escape}[0K`,
					`${time(0)} 00O+${escape}[0K${escape}[36;1mExecuting "step_script" stage of the job script${escape}[0;m`,
					`${time(0)} 01O ${escape}[32;1m$ python -m pytest${escape}[0;m`,
					'',
				].join('\n'),
				body,
				[
					`${time(9)} 00O section_end:1796032860:step_script\r${escape}[0K`,
					`${time(9)} 00O ${escape}[31;1mERROR: Job failed: exit code 1${escape}[0;m`,
					'',
				].join('\n'),
			);
		},
	],
	[
		// An older runner, or timestamps off: section markers, colours and the runner's last line only.
		"GitLab's raw job log without timestamps",
		log =>
			wrap(
				[
					`${escape}[0KRunning with gitlab-runner 16.11.0 (91a27b2a)${escape}[0;m`,
					`${escape}[0Ksection_start:1796032800:step_script\r${escape}[0K${escape}[0K${escape}[36;1mExecuting "step_script" stage of the job script${escape}[0;m`,
					`${escape}[32;1m$ python -m pytest${escape}[0;m`,
					'',
				].join('\n'),
				log.toString('latin1'),
				[
					`${escape}[0Ksection_end:1796032860:step_script\r${escape}[0K`,
					`${escape}[31;1mERROR: Job failed: exit code 1${escape}[0;m`,
					'',
				].join('\n'),
			),
	],
	[
		// A Pipeline's console text with the timestamper: the step's lines carry the time, Jenkins' own do not.
		"Jenkins' Pipeline console text with timestamps",
		log =>
			wrap(
				[
					'Started by user admin',
					'[Pipeline] Start of Pipeline',
					'[Pipeline] node',
					'Running on agent-1 in /var/lib/jenkins/workspace/app',
					'[Pipeline] {',
					'[Pipeline] timestamps',
					'[Pipeline] {',
					'[Pipeline] sh',
					`[${isoTime(0, 3)}] + python -m pytest`,
					'',
				].join('\n'),
				eachLine(log, (line, index) => `[${isoTime(index, 3)}] ${line}`),
				[
					'[Pipeline] }',
					'[Pipeline] // timestamps',
					'[Pipeline] }',
					'[Pipeline] End of Pipeline',
					'ERROR: script returned exit code 1',
					'Finished: FAILURE',
					'',
				].join('\n'),
			),
	],
	[
		// The console page as shown and copied: the time, two spaces.
		"Jenkins' console page copied, with the timestamper's clock",
		log =>
			wrap(
				'10:00:00  Started by user admin\n10:00:00  + python -m pytest\n',
				eachLine(
					log,
					(line, index) =>
						`10:${two(Math.floor(index / 60) % 60)}:${two(index % 60)}  ${line}`,
				),
				'10:59:59  Finished: FAILURE\n',
			),
	],
	[
		// `docker compose up`: its own lines, then each container's lines after its name padded to the longest
		// (`%-*s |`), a database's among the tests'.
		'docker compose up',
		log =>
			wrap(
				[
					'[+] Running 2/2',
					' \u2714 Container app-db-1     Created',
					' \u2714 Container app-tests-1  Created',
					'Attaching to db-1, tests-1',
					'db-1     | 2026-11-30 10:00:00.001 UTC [1] LOG:  database system is ready to accept connections',
					'',
				].join('\n'),
				eachLine(
					log,
					(line, index) =>
						(index % 5 === 2
							? 'db-1     | 2026-11-30 10:00:01.123 UTC [27] LOG:  checkpoint starting: time\n'
							: '') + `tests-1  | ${line}`,
				),
				'tests-1 exited with code 1\n',
			),
	],
	[
		// `docker compose logs --timestamps`: the daemon's time (9 decimals) after the column, a database's lines among
		// the tests'; an empty line keeps the space after the time.
		'docker compose logs with timestamps',
		log => {
			const time = (index: number) => isoTime(index, 9);
			return wrap(
				'',
				eachLine(
					log,
					(line, index) =>
						(index % 5 === 2
							? `db-1     | ${time(index)} 2026-11-30 10:00:01.123 UTC [27] LOG:  checkpoint starting: time\n`
							: '') + `tests-1  | ${time(index)} ${line}`,
				),
				'',
			);
		},
	],
	[
		// docker-compose 1 (`docker-compose logs tests`): `name_1  | `.
		"docker-compose 1's logs",
		log =>
			wrap(
				'Attaching to app_tests_1\n',
				eachLine(log, line => `tests_1  | ${line}`),
				'',
			),
	],
	[
		// Azure Pipelines' downloaded log: a UTF-8 byte-order mark, the time with 7 decimals, its `##[…]` lines.
		"Azure Pipelines' downloaded log",
		log => {
			const time = (index: number) => isoTime(index, 7);
			return Buffer.concat([
				Buffer.from([0xef, 0xbb, 0xbf]),
				wrap(
					[
						`${time(0)} ##[section]Starting: pytest`,
						`${time(0)} ==============================================================================`,
						`${time(0)} Task         : Command line`,
						`${time(0)} ==============================================================================`,
						`${time(0)} ##[group]Generating script.`,
						`${time(0)} python -m pytest`,
						`${time(0)} ##[endgroup]`,
						'',
					].join('\n'),
					eachLine(log, (line, index) => `${time(index)} ${line}`),
					[
						`${time(9)} ##[error]Bash exited with code '1'.`,
						`${time(9)} ##[section]Finishing: pytest`,
						'',
					].join('\n'),
				),
			]);
		},
	],
	[
		// Buildkite's agent (ANSI timestamps, its default): `ESC _bk;t=<ms> BEL` before every line; `---` groups.
		"Buildkite's log with its ANSI timestamps",
		log => {
			const time = (index: number) =>
				`${escape}_bk;t=${1_796_032_800_000 + index * 7}\u0007`;
			return wrap(
				[
					`${time(0)}~~~ Preparing working directory`,
					`${time(0)}$ cd /buildkite/builds/agent-1/org/app`,
					`${time(1)}--- :pytest: Running tests`,
					`${time(1)}$ python -m pytest`,
					'',
				].join('\n'),
				eachLine(log, (line, index) => `${time(index)}${line}`),
				[
					`${time(9)}${escape}[31m^^^ +++${escape}[0m`,
					`${time(9)}${escape}[31m\u{1F6A8} Error: The command exited with status 1${escape}[0m`,
					'',
				].join('\n'),
			);
		},
	],
];

/** What each form's own lines after the log read as, in order (`savedForms`' names). */
export const linesAfter: Readonly<Record<string, readonly string[]>> = {
	"GitLab's raw job log with timestamps": [
		'section_end:1796032860:step_script',
		'ERROR: Job failed: exit code 1',
	],
	"GitLab's raw job log without timestamps": [
		'section_end:1796032860:step_script',
		'ERROR: Job failed: exit code 1',
	],
	"Jenkins' Pipeline console text with timestamps": [
		'[Pipeline] }',
		'[Pipeline] // timestamps',
		'[Pipeline] }',
		'[Pipeline] End of Pipeline',
		'ERROR: script returned exit code 1',
		'Finished: FAILURE',
	],
	"Jenkins' console page copied, with the timestamper's clock": [
		'Finished: FAILURE',
	],
	'docker compose up': ['tests-1 exited with code 1'],
	'docker compose logs with timestamps': [],
	"docker-compose 1's logs": [],
	"Azure Pipelines' downloaded log": [
		"##[error]Bash exited with code '1'.",
		'##[section]Finishing: pytest',
	],
	"Buildkite's log with its ANSI timestamps": [
		'^^^ +++',
		'\u{1F6A8} Error: The command exited with status 1',
	],
};
