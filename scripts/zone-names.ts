/**
Writes source/classify/rules/zone-names.ts: the zone names of the IANA time zone database, as Python's zoneinfo
lists them from this machine's (Debian's tzdata package), for the time zone rules (rules/time-zones.ts). Run when
the database gains or drops a zone: `npm run zone-names`.
*/
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

const target = path.join(
	path.dirname(fileURLToPath(import.meta.url)),
	'../source/classify/rules/zone-names.ts',
);
const listed = execFileSync(
	'python3',
	[
		'-c',
		'import zoneinfo, sys; sys.stdout.write("\\n".join(sorted(zoneinfo.available_timezones())))',
	],
	{encoding: 'utf8'},
);
// `localtime` is the machine's own link, not a zone's name.
const names = listed
	.split('\n')
	.filter(name => name !== '' && name !== 'localtime');
/** The names, space-separated, in lines of at most 116 characters. */
function wrapped(all: readonly string[]): string {
	const lines: string[] = [];
	let line = '';
	for (const name of all) {
		if (line !== '' && line.length + 1 + name.length > 116) {
			lines.push(line);
			line = '';
		}

		line = line === '' ? name : `${line} ${name}`;
	}

	lines.push(line);
	return lines.join('\n');
}

// `dpkg-query -W tzdata` prints the package's name, a tab and its version.
const version = execFileSync('dpkg-query', ['-W', 'tzdata'], {encoding: 'utf8'})
	.trim()
	.split('\t')
	.at(-1);
fs.writeFileSync(
	target,
	`/**
The ${names.length} zone names of the IANA time zone database (Debian's tzdata ${version}), links included, as Python's
zoneinfo lists them. Written by \`npm run zone-names\` (scripts/zone-names.ts): do not edit.
*/
export const zoneNames: readonly string[] = \`
${wrapped(names)}
\`
	.split(/\\s+/)
	.filter(name => name !== '');
`,
);
execFileSync('npx', ['xo', '--fix', target], {stdio: 'inherit'});
console.log(`wrote ${path.relative(process.cwd(), target)}`);
