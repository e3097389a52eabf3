/**
A failure's signature: what makes two failures "the same failure", across tests and across runs.
*/

import {hash} from 'node:crypto';
import type {Failure} from '../log/model.js';
import {splitHeadline, type Frame} from '../log/traceback.js';
import {ownCopy} from '../text.js';
import {framesOfTraceback} from './frames.js';
import {relativeSegments} from './area.js';
import {rememberedText} from './remembered.js';

export type Signature = {
	/** `Type: masked message @ path:function`, readable and stable across runs. */
	readonly text: string;
	/** 10 hex characters of the text's SHA-1: for display, `--cluster` and the journal. */
	readonly hash: string;
	readonly exceptionType: string;
	readonly message: string;
	/** `path:function` of the crash site in test code, when the traceback shows one. */
	readonly location?: string;
};

const maximumMessageLength = 240;

const maskers: ReadonlyArray<readonly [RegExp, string]> = [
	[/\b[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}\b/gi, '<uuid>'],
	[
		/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g,
		'<time>',
	],
	[/\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g, '<time>'],
	[/\b0x[\da-f]+\b/gi, '<addr>'],
	// Temporary paths: pytest's basetemp, mkdtemp names, macOS and Windows temp folders.
	[
		/(?:\/private)?\/(?:tmp|var\/tmp|var\/folders)(?:\/[^\s'"`,;:)\]}>]*)?/g,
		'<tmp>',
	],
	[/[a-z]:\\[^\s'"]*\\(?:temp|tmp)\\[^\s'"]*/gi, '<tmp>'],
	[/\bpytest-of-[^\s/'"]+(?:\/pytest-\d+)?(?:\/[^\s'"]*)?/g, '<tmp>'],
	[/\b\d{1,3}(?:\.\d{1,3}){3}\b/g, '<ip>'],
	[/\[[\da-f]*:[\da-f:]+](?::\d+)?/gi, '<ip>'],
	// Host:port, before the quoted values and numbers eat them piecemeal.
	[/(?<=[\w>\]]):\d{2,5}\b/g, ':<n>'],
	[/(?<![\w\\])'(?:[^'\\\n]|\\.)*'(?!\w)/g, '<str>'],
	[/(?<![\w\\])"(?:[^"\\\n]|\\.)*"(?!\w)/g, '<str>'],
	[/\b(?=[\da-f]*\d)(?=[\da-f]*[a-f])[\da-f]{8,}\b/gi, '<hex>'],
	// Sizes and shapes (`640x480`), before a letter between digits stops the number masker.
	[/(?<![\w.])\d+(?:\.\d+)?x\d+(?:\.\d+)?\b/g, '<n>x<n>'],
	[/(?<!\w)\d+(?:\.\d+)*(?:e[+-]?\d+)?/g, '<n>'],
];

/** A message about a connection, a server or an HTTP request: its ports and status codes are kept. */
const connectionMessage =
	/connect|refused|unreachable|reset by peer|timed out|socket|server|https?\b|status|getaddrinfo|name resolution|max retries/i;

/**
Numbers that name a port or a status code, in a connection error: `port 6379`, `port=6379`,
`localhost:6379`, `10.0.0.7:6479`, `status 503`, `status code 503`, `HTTP 502`, `HTTP/1.1 504`. The port
of the server that died and of one that never ran are two failures, not one; so are a 502 and a 503.
*/
const kept: readonly RegExp[] = [
	// Each has two groups: what comes before the number, and the number. Bounded repeats only: a
	// 4,096-character message of spaces or words must not make any of them slow.
	/(\bport[ \t]{0,3}[=:]?[ \t]{0,3})(\d{1,5})\b/gi,
	/(\bstatus(?:[ _]code)?[ \t]{0,3}[=:]?[ \t]{0,3})([1-5]\d\d)\b/gi,
	/(\bHTTP(?:\/\d(?:\.\d)?)?[ \t]{1,3})([1-5]\d\d)\b/g,
	// Host:port, where the host is a name, an address or a bracketed IPv6; not `file.py:120` (a line).
	// The look-behind comes after the colon so that it runs only where a colon is.
	/(:)(?<=(?:^|[\s/@'"(=,])(?:localhost|[a-z\d][\w-]{0,62}(?:\.[\w-]{1,63}){0,8}|\[[\da-f:.]{2,45}]):)(\d{2,5})(?!\d|\.\d)/gi,
];

/** Patterns of `kept` whose number is a port (the others are status codes). */
const portPatterns = new Set([kept[0], kept[3]]);

/**
The ports a system hands out when a program asks for any (binding port 0, a client's own end): Linux's default
range starts at 32768, IANA's at 49152. A test's stub server listens on one, another each run: kept, it made the
same error a new failure every day, its decision stale and its cluster split (QA 34, suite 39's stubs run twice).
*/
const firstEphemeralPort = 32_768;

/** Source files whose `name.ext:N` is a line number, not a port. */
const sourceFileBeforeColon =
	/\.(?:py|pyx|pyi|pxd|c|h|cc|cpp|hpp|js|ts|java|rs|go|rb|cfg|ini|toml|ya?ml|json|txt|log):$/i;

// Kept digits become private-use characters that no masker matches, and are turned back at the end.
const keptDigitBase = 0xe0_00;
const keptDigit = /[\uE000-\uE009]/g;

function keepPortsAndStatusCodes(message: string): string {
	let protectedMessage = message.replaceAll(keptDigit, '?');
	for (const pattern of kept) {
		protectedMessage = protectedMessage.replace(
			pattern,
			(
				match: string,
				before: string,
				number: string,
				offset: number,
				whole: string,
			) => {
				if (
					(before === ':' &&
						sourceFileBeforeColon.test(
							whole.slice(Math.max(0, offset - 8), offset + 1),
						)) ||
					(portPatterns.has(pattern) && Number(number) >= firstEphemeralPort)
				) {
					return match;
				}

				return (
					before +
					number.replaceAll(/\d/g, digit =>
						String.fromCodePoint(keptDigitBase + Number(digit)),
					)
				);
			},
		);
	}

	return protectedMessage;
}

/**
The message with its volatile parts masked and its whitespace collapsed. In a connection error, a port
or a status code is not volatile: it says which server or what answer.
*/
export function maskMessage(message: string): string {
	// Failures of one run repeat a few thousand messages: each is masked once.
	return rememberedText(
		maskedMessages,
		message,
		maximumCached,
		computeMaskedMessage,
	);
}

const maskedMessages = new Map<string, string>();

function computeMaskedMessage(message: string): string {
	// Only the start of a message makes it into a signature; a 50 MB one is not masked whole.
	let masked = message.length > 4096 ? message.slice(0, 4096) : message;
	const hasKept = connectionMessage.test(masked);
	if (hasKept) {
		masked = keepPortsAndStatusCodes(masked);
	}

	for (const [pattern, replacement] of maskers) {
		masked = masked.replace(pattern, replacement);
	}

	if (hasKept) {
		masked = masked.replaceAll(keptDigit, character =>
			String((character.codePointAt(0) ?? keptDigitBase) - keptDigitBase),
		);
	}

	masked = masked.replaceAll(/\s+/g, ' ').trim();
	return masked.length > maximumMessageLength
		? masked.slice(0, maximumMessageLength)
		: masked;
}

/**
A path as it is stable across machines and interpreters: from inside site-packages, or from the
test file's own id, or the part from the last `test`/`tests` folder on, or the file name.
*/
export function stablePath(path: string, testFile?: string): string {
	const facts = factsOf(path);
	if (facts.stable !== undefined) {
		return facts.stable;
	}

	// An absolute path: a test file inside the rootdir has a plain relative id, and its absolute path ends with it.
	if (testFile !== undefined) {
		const file = testFileOf(testFile);
		if (
			file.isRelative &&
			file.joined !== '' &&
			endsWithPath(facts.joined, file.joined)
		) {
			return file.joined;
		}
	}

	return facts.fallback;
}

/** Whether a path is test code: a test folder, a test or conftest file, or the failing test's file. */
export function isTestCode(path: string, testFile?: string): boolean {
	const facts = factsOf(path);
	if (facts.isTestCode) {
		return true;
	}

	if (testFile === undefined || testFile === '') {
		return false;
	}

	const {joined} = testFileOf(testFile);
	return joined !== '' && facts.joined.endsWith(joined);
}

/** What is known of a path alone, whatever test it is seen in. */
type PathFacts = {
	/** Its segments joined by `/` (no `.`, `..` or empty ones). */
	readonly joined: string;
	/** In a test folder, or named like a test or conftest file. */
	readonly isTestCode: boolean;
	/** Its stable path when that does not depend on the test file (site-packages, a relative path). */
	readonly stable: string | undefined;
	/** An absolute path's stable path when its test file does not tell: from the last test folder, or its name. */
	readonly fallback: string;
};

type TestFileFacts = {
	readonly joined: string;
	/** A plain relative id (not absolute, not `../`). */
	readonly isRelative: boolean;
};

/**
Tracebacks of one run repeat the same few paths thousands of times, and thousands of failures share a
test file: what each path says is kept (bounded caches, emptied when full).
*/
const pathFacts = new Map<string, PathFacts>();
const testFileFacts = new Map<string, TestFileFacts>();
const maximumCached = 50_000;

function factsOf(path: string): PathFacts {
	return rememberedText(pathFacts, path, maximumCached, computeFacts);
}

function testFileOf(testFile: string): TestFileFacts {
	return rememberedText(testFileFacts, testFile, maximumCached, file => ({
		joined: relativeSegments(file).join('/'),
		isRelative: !/^(?:\/|\.\.[/\\]|[A-Za-z]:)/.test(file),
	}));
}

/** Whether `joined`'s last segments are `tail`'s segments. */
function endsWithPath(joined: string, tail: string): boolean {
	return joined === tail || joined.endsWith(`/${tail}`);
}

function computeFacts(path: string): PathFacts {
	const segments = relativeSegments(path);
	const joined = segments.join('/');
	const name = segments.at(-1) ?? '';
	const isTestCode =
		segments
			.slice(0, -1)
			.some(segment => /^(?:tests?|testing)$/.test(segment)) ||
		/^(?:test_.*|.*_test|conftest|testutils?)\.py$/.test(name);
	const unified = path.replaceAll('\\', '/');
	const packages = /\/(?:site|dist)-packages\//.exec(unified);
	const isRelative = !/^(?:\/|\.\.\/|[A-Za-z]:\/)/.test(unified);
	const tests = segments.findLastIndex(segment =>
		/^(?:tests?|testing)$/.test(segment),
	);
	const fallback =
		tests !== -1 && tests < segments.length - 1
			? segments.slice(tests).join('/')
			: (segments.at(-1) ?? unified);
	return {
		joined,
		isTestCode,
		stable: packages
			? unified.slice(packages.index + packages[0].length)
			: isRelative
				? joined
				: undefined,
		fallback,
	};
}

type CrashFailure = Pick<Failure, 'traceback' | 'file' | 'phase' | 'location'>;

/**
The frame a crash site names: the innermost in test code; else, for a collection error, none (the test
module crashed importing, whatever library frame it ended in); else the innermost frame.
*/
function crashFrameOf(failure: CrashFailure): Frame | 'module' | undefined {
	const frames = framesOfTraceback(failure.traceback);
	const inTestCode = frames.findLast(frame =>
		isTestCode(frame.path, failure.file),
	);
	if (inTestCode) {
		return inTestCode;
	}

	return failure.phase === 'collect' ? 'module' : frames.at(-1);
}

/**
Where a failure crashed, as `path:function` without the line number (lines move between runs):
the innermost frame in test code; else, for a collection error, the test module; else the innermost
frame; else the failure's location path.
*/
export function crashSite(failure: CrashFailure): string | undefined {
	return siteWithoutLine(failure, crashFrameOf(failure));
}

function siteWithoutLine(
	failure: CrashFailure,
	frame: Frame | 'module' | undefined,
): string | undefined {
	if (frame === 'module') {
		return `${stablePath(failure.file)}:<module>`;
	}

	if (frame) {
		return siteOf(frame, failure.file);
	}

	return failure.location
		? stablePath(failure.location.path, failure.file)
		: undefined;
}

/**
Where a failure crashed, for a person to read: `tests/testutils.py:42 in connect`. The frame is the one the
signature's `crashSite` names (the innermost in test code; for a collection error the test module; else
the innermost), with its line; else the location pytest printed.
*/
export function crashSiteWithLine(failure: CrashFailure): string | undefined {
	return siteWithLine(failure, crashFrameOf(failure));
}

function siteWithLine(
	failure: CrashFailure,
	frame: Frame | 'module' | undefined,
): string | undefined {
	if (frame === 'module') {
		return stablePath(failure.file);
	}

	if (frame) {
		const where = `${stablePath(frame.path, failure.file)}:${frame.line}`;
		return frame.function ? `${where} in ${frame.function}` : where;
	}

	return failure.location
		? `${stablePath(failure.location.path, failure.file)}:${failure.location.line}`
		: undefined;
}

function siteOf(frame: Frame, testFile: string): string {
	const path = stablePath(frame.path, testFile);
	return frame.function ? `${path}:${frame.function}` : path;
}

/** A short stable hash of a signature text. */
export function signatureHash(text: string): string {
	return hash('sha1', text, 'hex').slice(0, 10);
}

/**
One signature object for the failures that have the same signature text, with texts of its own: what a
hundred thousand failures keep of their signatures is one copy of each, not a tree of pieces that holds
on to the tracebacks they were cut from. An outage's failures share a few signatures, each hashed once
(a run whose failures all crashed in their own test functions has nearly one signature per failure).
*/
const signatures = new Map<string, Signature>();

function knownSignature(
	text: string,
	exceptionType: string,
	message: string,
	location: string | undefined,
): Signature {
	const known = signatures.get(text);
	if (
		known?.exceptionType === exceptionType &&
		known.message === message &&
		known.location === location
	) {
		return known;
	}

	if (signatures.size >= maximumCached) {
		signatures.clear();
	}

	const kept = ownCopy(text);
	const signature: Signature = {
		text: kept,
		hash: signatureHash(kept),
		exceptionType,
		message,
		// A crash site is cut from the traceback (its function's name): a copy, or it holds the whole text.
		location: location === undefined ? undefined : ownCopy(location),
	};
	signatures.set(kept, signature);
	return signature;
}

/**
Exception type + masked message + crash site in test code. The same error in two runs (other address,
temp path, line numbers) gives the same signature; a different error gives another, and so does a
connection error to another port or with another status code (see `maskMessage`).
*/
export function signatureOf(
	failure: Pick<
		Failure,
		'headline' | 'exceptionType' | 'traceback' | 'file' | 'phase' | 'location'
	>,
): Signature {
	return signatureFrom(failure, crashSite(failure));
}

/** The signature and the crash site a person reads (`crashSiteWithLine`), the frames read once. */
export function signatureAndCrashSiteOf(
	failure: Pick<
		Failure,
		'headline' | 'exceptionType' | 'traceback' | 'file' | 'phase' | 'location'
	>,
): {readonly signature: Signature; readonly crashSite: string | undefined} {
	const frame = crashFrameOf(failure);
	return {
		signature: signatureFrom(failure, siteWithoutLine(failure, frame)),
		crashSite: siteWithLine(failure, frame),
	};
}

function signatureFrom(
	failure: Pick<Failure, 'headline' | 'exceptionType'>,
	location: string | undefined,
): Signature {
	const {exceptionType, message} = splitHeadline(failure);
	const masked = maskMessage(message);
	const head = exceptionType ? `${exceptionType}: ${masked}` : masked;
	const text = location ? `${head} @ ${location}` : head;
	return knownSignature(text, exceptionType, masked, location);
}
