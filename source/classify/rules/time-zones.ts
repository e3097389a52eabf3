/**
Built-in rules for a time zone Python's zoneinfo cannot find (`ZoneInfoNotFoundError: 'No time zone found with key
…'`). Whether the name is one the tz database has tells the two causes apart: a real zone (`Europe/Paris`) not found
means this machine has no time zone data for Python (no /usr/share/zoneinfo and no `tzdata` package: a slim image);
any other name (`Europe/Londno`, `europe/paris`, a stray space, `US/Pacific-New` since its removal) is a wrong setting
wherever it runs. pytz and dateutil carry their own database, so their unknown zone is always the name's.

Tried before the rules on imports: where the machine has no zone files, zoneinfo's last resort, the `tzdata` package,
is missing too, and the report carries its `ModuleNotFoundError: No module named 'tzdata'` as the context of the
zone's error, which `module-not-found` would read as a missing dependency of the project.
*/
import type {RuleSpec} from './types.js';
import {zoneNames} from './zone-names.js';

const escaped = (name: string) => name.replaceAll(/[.+]/g, String.raw`\$&`);

export const timeZoneRules: readonly RuleSpec[] = [
	{
		name: 'time-zone-data-missing',
		match: {
			message: new RegExp(
				String.raw`(?:^|\n)(?:[\w.]+\.)?ZoneInfoNotFoundError: ['"]No time zone found with key (?:${zoneNames.map(name => escaped(name)).join('|')})['"]`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The code asks for a real time zone, and this machine has no time zone data where Python's zoneinfo looks (no /usr/share/zoneinfo, no tzdata package): install the tzdata package in the image or the environment",
	},
	{
		name: 'time-zone-missing',
		match: {
			message:
				/(?:^|\n)(?:[\w.]+\.)?(?:ZoneInfoNotFoundError|UnknownTimeZoneError)\b|No time zone found with key/,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'No time zone database has the zone the code asks for (a misspelt or wrongly cased name, a stray space, a zone since removed): the setting that names it is wrong',
	},
];
