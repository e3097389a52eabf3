/**
Built-in rules for values and names from the settings that a library or Python itself refuses, read from what the
refusal says and the project's line that passed the value on: a duration of the wrong type given to `timedelta`, a
timeout a client's validation refuses (0, negative, a string), and a class or function looked up by a name that its
module does not have. Tried right after the rules for setting values (setting-values.ts). Holdout 83's misses; no
earlier set has these messages.
*/

import type {RuleSpec} from './types.js';

/** A line that reads a value from the settings (`settings["auth"]["x"]`, `config.get("x")`, `cfg()["x"]`). */
const readsSettings = /(?:settings|config|conf|cfg)(?:\(\))?(?:\[|\.get\()/;

export const refusedSettingRules: readonly RuleSpec[] = [
	// `timedelta(seconds=settings["auth"]["token_leeway"])` with `token_leeway: 30s`: Python's own TypeError names the
	// component and the type it was given (a string for a number written with its unit, NoneType for a key left
	// empty), on the line that reads the value from the settings. The sibling of `setting-value-of-wrong-type`, whose
	// messages are those of comparisons and arithmetic.
	{
		name: 'setting-duration-of-wrong-type',
		match: {
			raisedIn: ['app', 'test'],
			message:
				/(?:^|\n)TypeError: unsupported type for timedelta (?:days|seconds|microseconds|milliseconds|minutes|hours|weeks) component: (?:str|NoneType|bytes|list|dict)\b/,
			callSource: readsSettings,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'timedelta was given a string (or nothing) read from the settings on that line: the settings file gives a duration as text (30s) or leaves it empty where a number belongs',
	},
	// urllib3's validation of a timeout, through requests or directly: `Attempted to set connect timeout to 0, but the
	// timeout cannot be set to a value less than or equal to 0`, `Timeout value read was 5s, but it must be an int,
	// float or None`, `Timeout cannot be a boolean value`; requests' own `Invalid timeout …`. A timeout is a setting
	// almost everywhere, and no network fault gives these: the value passed is wrong before a connection is tried, and
	// every call that uses it fails.
	{
		name: 'timeout-value-refused',
		match: {
			raisedIn: ['library'],
			message:
				/(?:^|\n)ValueError: (?:Attempted to set (?:connect|read|total) timeout to [^\n]{0,80}?, but the timeout cannot be set to a value less than or equal to 0|Timeout value (?:connect|read|total) was [^\n]{0,80}?, but it must be an int, float or None|Timeout cannot be a boolean value|Invalid timeout [^\n]{0,80}?\. Pass a \(connect, read\) timeout tuple)/,
		},
		category: 'CONFIGURATION',
		priority: 'HIGH',
		reason:
			'The HTTP client refused the timeout it was given (0, negative, text or a boolean) before connecting: the timeout setting is wrong, and every call that uses it fails',
	},
	// `getattr(importlib.import_module(module_name), class_name)` with a dotted path from the settings
	// (`cache.backend: berthline.cache.RedisBackend`): the module imports, and has no attribute of that name. Read so
	// only where the name is a variable on the line that looks it up (`getattr(module, name)`), never a literal
	// (`getattr(ssl, "PROTOCOL_TLS")` is the code's own call against a library version).
	{
		name: 'setting-names-missing-attribute',
		match: {
			raisedIn: ['app'],
			message:
				/(?:^|\n)AttributeError: module '[\w.]{1,200}' has no attribute '\w{1,200}'/,
			callSource:
				/\bgetattr\([ \t]*(?:importlib\.)?(?:import_module\([^()\n]{1,200}\)|\w{1,80})[ \t]*,[ \t]*[A-Za-z_][\w.[\]'"-]{0,120}[ \t]*\)/,
		},
		category: 'CONFIGURATION',
		priority: 'HIGH',
		reason:
			'A class or function was looked up by a name its module does not have, on a line that takes the name as data (getattr(module, name)): the settings name a class that does not exist or was renamed',
	},
];
