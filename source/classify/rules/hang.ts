/**
What a test that hung was waiting on. pytest-timeout prints the stack the test was in as its traceback
and, in `Captured stderr`, the stack of every other thread (`~~~ Stack of worker-2 (…) ~~~`); its thread
method dumps every stack, the test's own among them, and ends the process (the log reader makes that dump
the killed test's traceback). When every stack sits in a lock, a condition, a queue or a future, the threads
wait on each other: a deadlock or a leaked lock in the code. When one sits in a socket read, a connect or a
select, a service never answered.
*/

import type {Failure} from '../../log/model.js';
import {framesOf, isErrorLine, nativeFrameOf} from '../../log/traceback.js';
import {isOutsideProject} from '../noise-frames.js';
import {isTestCode} from '../signature.js';
import type {WaitKind} from './types.js';

type StackTop = {
	readonly path: string;
	readonly function: string;
	/** The source line of the innermost frame, when printed. */
	readonly source: string;
	/** The stack of the thread that ran the test: the traceback's, or the dump's `MainThread`. */
	readonly isTests?: boolean;
};

const ioPath =
	/(?:^|\/)(?:socket|ssl|selectors|select|http\/client|asyncio\/selector_events)\.py$|(?:^|\/)(?:urllib3|requests|httpx|httpcore|psycopg2?|pymysql|redis|aiohttp|grpc|kafka|pika)\//;
const ioFunction =
	/^(?:recv\w*|read\w*|readinto|readline|send\w*|connect\w*|accept|select|poll|getaddrinfo|create_connection|_read_status|getresponse)$/;
const lockPath =
	/(?:^|\/)(?:threading|queue|concurrent\/futures\/_base|asyncio\/locks|asyncio\/queues|multiprocessing\/synchronize)\.py$/;
const lockFunction =
	/^(?:acquire|wait|wait_for|join|result|get|_wait_for_tstate_lock|__enter__)$/;
const lockSource =
	/\blocks?\b|_locks?\b|\bmutex\w*|\bsemaphore\b|\.acquire\(|\.wait\(|\.join\(|\.result\(/i;
/**
A `with` statement as a stack's innermost frame: its `__enter__` runs in C, or it would be a frame of its own,
and what blocks there is a lock's (`threading.Lock`, `RLock`), whatever the code named it (`with first:`).
*/
const blockedWith = /^(?:async\s+)?with\b/;

function kindOf(top: StackTop): WaitKind | undefined {
	const path = top.path.replaceAll('\\', '/');
	if (ioPath.test(path) || ioFunction.test(top.function)) {
		return 'io';
	}

	if (
		lockPath.test(path) ||
		lockFunction.test(top.function) ||
		lockSource.test(top.source) ||
		blockedWith.test(top.source)
	) {
		return 'locks';
	}

	return undefined;
}

const stackHeader = /^~+ Stack of .+ ~+$/;
const mainThreadHeader = /^~+ Stack of MainThread\b/;
/** A sleep called on the line (`time.sleep(5)`, `sleep(0.1)`): C code, so the line is the innermost frame. */
const sleepCall = /\bsleep\(/;
/** The standard library's servers: a thread in them serves requests (a test's stub server), it waits on no one. */
const serverPath = /(?:^|\/)(?:socketserver|http\/server|xmlrpc\/server)\.py$/;
/** A thread waiting for the next connection to serve. */
const acceptFunction = /^_?accept$/;
/** The standard library's own socket calls, with no client library of a service above them. */
const rawSocketPath = /(?:^|\/)(?:socket|ssl|selectors|select)\.py$/;
/** A conftest.py: a fixture's helper, such as a stub peer the suite runs on a thread. */
const conftestPath = /(?:^|\/)conftest\.py$/;
/** A third-party library (a client of a service, a plugin), not the standard library. */
const installedPath = /(?:^|\/)(?:site|dist)-packages\//;

/**
The innermost frame of each thread stack pytest-timeout dumped into a captured section. A stack with no
frame of the project's own (a library's pool idling) is not the test's: its wait says nothing about the
hang, unless no stack has a project frame. Nor is a thread that serves (a plugin's or a stub server's
thread accepting connections or reading the next request, even through the project's own handler): it
waits for a client, not on what the test waits for, and is never read. A stub peer a conftest.py runs on
a thread of its own (a fake Redis or SMTP server reading the next command from its socket, with only the
conftest's frames and the standard library's above it, often left running by an earlier test) serves too, also
when its handler is a function of the test module that the conftest's stub calls (`tests/…/test_cache.py, in fake`).
A thread of the test module alone reading a socket (`reply = sock.recv(1024)`, no conftest frame) is the test's own
client and still counts as I/O.
*/
function dumpedStackTops(texts: readonly string[]): StackTop[] {
	const tops: StackTop[] = [];
	const foreign: StackTop[] = [];
	let isOwn = false;
	let isServing = false;
	let isMain = false;
	/** Every project frame of the stack so far is test code (a conftest's, a test module's), and no installed library's frame is in it. */
	let isTestCodeOnly = true;
	/** A conftest's frame is in the stack: the stub that runs the thread is the suite's helper, not a test's own client. */
	let hasConftest = false;
	const close = (top: StackTop | undefined) => {
		const isStubPeer =
			isOwn &&
			isTestCodeOnly &&
			hasConftest &&
			!isMain &&
			top !== undefined &&
			rawSocketPath.test(top.path.replaceAll('\\', '/'));
		if (
			top &&
			!isServing &&
			!isStubPeer &&
			!acceptFunction.test(top.function)
		) {
			(isOwn ? tops : foreign).push(isMain ? {...top, isTests: true} : top);
		}

		isOwn = false;
		isServing = false;
		isMain = false;
		isTestCodeOnly = true;
		hasConftest = false;
	};

	for (const text of texts) {
		if (!text.includes('Stack of ')) {
			continue;
		}

		let top: StackTop | undefined;
		let isInStack = false;
		const lines = text.split('\n');
		for (const [index, line] of lines.entries()) {
			if (stackHeader.test(line)) {
				close(top);
				top = undefined;
				isInStack = true;
				isMain = mainThreadHeader.test(line);
				continue;
			}

			const frame = isInStack ? nativeFrameOf(line) : undefined;
			if (frame?.function !== undefined) {
				const path = frame.path.replaceAll('\\', '/');
				const isProject = !isOutsideProject(frame.path);
				isOwn ||= isProject;
				isServing ||= serverPath.test(path);
				hasConftest ||= isProject && conftestPath.test(path);
				isTestCodeOnly &&= isProject
					? conftestPath.test(path) || isTestCode(frame.path)
					: !installedPath.test(path);
				top = {
					path: frame.path,
					function: frame.function,
					source: (lines[index + 1] ?? '').trim(),
				};
			}
		}

		close(top);
	}

	return tops.length > 0 ? tops : foreign;
}

/**
The source line printed just above the traceback's error (`    with self.locks[target]:`, or in the long form
`>       while not ready:`), or ''.
*/
function sourceAtError(traceback: string): string {
	const lines = traceback.split('\n');
	const error = lines.findIndex(line => isErrorLine(line));
	const above = error > 0 ? lines[error - 1]! : '';
	return /^(?:\s|>\s)/.test(above) ? above.replace(/^>/, '').trim() : '';
}

/**
What the test's own thread was doing when pytest-timeout stopped it, when it was not waiting on a lock or I/O:
sleeping in the test's own code (`sleep`), or running the project's own code (not the test's) on a line that
calls nothing (`busy`: `while not ready:`; a line with a call may be waiting in C code, which no frame shows).
*/
function ownKindOf(
	top: StackTop,
	testFile: string | undefined,
): WaitKind | undefined {
	if (isOutsideProject(top.path) || top.source === '') {
		return undefined;
	}

	const isTest = isTestCode(top.path, testFile);
	if (sleepCall.test(top.source)) {
		return isTest ? 'sleep' : undefined;
	}

	return !isTest &&
		!top.source.includes('(') &&
		!/^(?:async\s|await\s|with\s|yield\b|for\s)/.test(top.source)
		? 'busy'
		: undefined;
}

/**
A refused connection in what the test's clients logged or printed (`Failed to establish connection … (reason [Errno
111] Connection refused)`, asyncio's `Connect call failed`): a client retrying a service that is not there.
*/
const refusedRecord =
	/\bConnection refused\b|\bConnect call failed\b|\[Errno 111]|\bECONNREFUSED\b|\[WinError 10061]/;

/** Whether a captured section (not a stack pytest-timeout dumped) records a refused connection. */
export function recordsRefusal(
	captured: ReadonlyArray<{readonly text: string}>,
): boolean {
	return captured.some(
		section =>
			!section.text.includes('Stack of ') &&
			refusedRecord.test(section.text.slice(0, 64 * 1024)),
	);
}

/**
What a hung test waited on: `locks` if every stack waits on a lock; `refused` if its captured output (not a
stack pytest-timeout dumped) records a refused connection, a client retrying a service that is not running;
`io` if any stack waits on I/O.
*/
export function waitOf(
	failure: Pick<Failure, 'traceback' | 'captured'> &
		Partial<Pick<Failure, 'file'>>,
): WaitKind | undefined {
	const tail = failure.traceback.slice(-64 * 1024);
	const captured = failure.captured.map(section => section.text);
	// A test the thread method ended has the dump as its traceback: the test's own stack is one of its stacks.
	const isDump = stackHeader.test(
		failure.traceback.trimStart().slice(0, 400).split('\n', 1)[0]!,
	);
	const main = isDump ? undefined : framesOf(tail).at(-1);
	const tops: StackTop[] = [
		...(main
			? [
					{
						path: main.path,
						function: main.function ?? '',
						source: sourceAtError(tail),
						isTests: true,
					},
				]
			: []),
		...dumpedStackTops(isDump ? [tail, ...captured] : captured),
	];
	if (tops.length === 0) {
		return undefined;
	}

	const kinds = tops.map(top => kindOf(top));
	if (kinds.every(kind => kind === 'locks')) {
		return 'locks';
	}

	if (recordsRefusal(failure.captured)) {
		return 'refused';
	}

	if (kinds.includes('io')) {
		return 'io';
	}

	const tests = tops.find(top => top.isTests);
	return tests && kindOf(tests) === undefined
		? ownKindOf(tests, failure.file)
		: undefined;
}
