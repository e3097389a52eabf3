/**
Built-in rules for errors that name a defect in the code whatever library raised them: a signature or a
token the code made that does not verify, a lock the code lost before releasing it, a rename across file
systems, a process that crashed on a fatal signal, a dict or a list used as a key; then a program the code
runs that failed otherwise.
*/

import type {RuleSpec} from './types.js';
import {raised} from './raised.js';

export const defectRules: readonly RuleSpec[] = [
	// A JSON encoder handed a value it cannot encode (`TypeError: Object of type Decimal is not JSON serializable`,
	// a framework's renderer's `Decimal('1250.00') is not JSON serializable`): what the code returns or sends holds a
	// Decimal, a datetime, a set or bytes it never converts. Whichever library's encoder said so, the value is the
	// code's.
	{
		name: 'value-not-json-serializable',
		match: {
			message:
				/(?:^|\n)(?:[\w.]+\.)?TypeError: (?:Object of type [\w.]+|[^\n]{1,200}) is not JSON serializable\b/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'A JSON encoder was handed a value it cannot encode (a Decimal, a datetime, a set, bytes): the code returns or sends a value it never converts',
	},
	// oslo.config's NoSuchOptError and NoSuchGroupError (`no such option max_party_size in group [bookings]`): the
	// code reads an option or a group it never registered. With oslo.config the code declares every option, so a
	// name it reads and never declared is the code's, whatever the settings hold; a value missing or invalid in the
	// settings has other words (RequiredOptError, ConfigFileValueError: configuration.ts).
	{
		name: 'setting-not-declared-by-code',
		match: {message: raised('NoSuchOptError|NoSuchGroupError')},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The code reads an option or a group it never declared: a misspelt or renamed name in the code, whatever value the deployment gives',
	},
	// Pyramid's and zope.configuration's ConfigurationConflictError: two registrations of the code's own (two views,
	// routes or utilities with the same discriminator) that nothing tells apart. Its name says configuration, but
	// the conflict is between lines of the code, which the error lists; no setting of the environment is involved.
	{
		name: 'registration-conflict-in-code',
		match: {
			message:
				/(?:^|\n)(?:[\w.]+\.)?ConfigurationConflictError: Conflicting configuration actions\b/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"Two registrations in the code's own configuration (views, routes, utilities) conflict and nothing tells them apart: the framework refuses to start the app; the lines the error lists are the code's, not a setting",
	},
	{
		name: 'signature-rejected',
		match: {
			message: raised(
				String.raw`InvalidSignature|InvalidSignatureError|InvalidToken|InvalidTag|BadSignature|BadTimeSignature|BadData|VerificationError|VerifyMismatchError`,
				String.raw`Signature verification failed|Signature was forged or corrupt|Decryption failed\. Ciphertext failed verification|MAC check failed`,
			),
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'A signature, a MAC or an encrypted token does not verify: what signs and what checks disagree on the key, the algorithm or the bytes signed',
	},
	{
		name: 'lock-lost',
		match: {
			message: raised(
				'LockNotOwnedError',
				String.raw`Cannot (?:release|extend|reacquire) (?:an unlocked lock|a lock that's no longer owned)`,
			),
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The code released or extended a lock it no longer held: the work outlasted the lock's timeout (another worker may have taken it), or the lock is released twice",
	},
	{
		name: 'cross-device-rename',
		match: {message: /Invalid cross-device link|\bEXDEV\b|\[Errno 18]/},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The code renames a file onto another file system, which os.rename and os.replace cannot do: use shutil.move, or write the temporary file next to its destination',
	},
	{
		name: 'native-crash',
		match: {
			message:
				/died with <Signals\.SIG(?:SEGV|ABRT|BUS|ILL|FPE)\b|non-zero exit status (?:-(?:11|6|7|4|8)|13[2-6]|139)\.|Segmentation fault|Fatal Python error|core dumped/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'A process crashed on a fatal signal (a segmentation fault, an abort): a native crash in the code or in an extension it loads',
	},
	// A web framework refusing what a view returned: Flask's `The view function did not return a valid response`
	// (a status first, None, an int), Django's `didn't return an HttpResponse object`. The view is the code's.
	{
		name: 'view-returned-invalid-response',
		match: {
			message:
				/The view function (?:for '[^'\n]*' )?did not return a valid response|didn't return an HttpResponse object/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The web framework refused what a view of the code returned (None, a status where the body goes, a type it cannot send): the view's return is wrong",
	},
	{
		name: 'unhashable-key',
		match: {
			exception: /(?:^|\.)TypeError$/,
			message: /\bunhashable type: '/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'A dict, list or set was used where a hashable value is needed: as a key of a dict or a set, or as an argument of a function memoised by its arguments (functools.lru_cache, cachetools); a defect in the code that builds the key',
	},
	{
		name: 'weak-reference-dead',
		match: {
			message: raised(
				'ReferenceError',
				String.raw`weakly-referenced object no longer exists`,
			),
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'An object was used through a weak reference after it had been collected: the code (or a library it hands the object to, which keeps it only weakly) needs a strong reference kept for as long as the object is used',
	},
	{
		name: 'command-failed',
		match: {message: raised('CalledProcessError')},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			"A program the code runs exited with an error status; its stderr (the captured output) says why: most often a setting, a variable or a tool it needs is missing here, a defect when the program is the project's own and its stderr shows a traceback",
	},
];
