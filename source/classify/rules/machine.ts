/**
Built-in rules for the machine the tests ran on: its file system, its memory, its devices.
*/

import type {RuleSpec} from './types.js';
import {settingInCall} from './location.js';
import {raised} from './raised.js';

const tooManyOpenFiles = /Too many open files|\bEMFILE\b|\[Errno 24]/;

// Message patterns look at the exception lines only, not at source code in the traceback,
// so a test that merely mentions `ConnectionRefusedError` is not taken for one that hit it.
export const fileSystemRules: readonly RuleSpec[] = [
	{
		name: 'stale-temp-dir',
		match: {
			message: /temporary directory \S+ is not owned by the current user/,
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			"pytest's base temporary directory belongs to another user (left by an earlier run): every test using tmp_path errors until it is removed or --basetemp is set",
	},
	{
		name: 'device-missing',
		match: {
			message:
				/could not open port \/dev\/|No such file or directory: '\/dev\/(?!null'|zero'|u?random'|shm\/|fd\/|std)/,
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'A device the test needs is not attached to this machine (a serial port, a scanner, a printer under /dev): the test needs the hardware or a runner that has it',
	},
	{
		name: 'disk-full',
		match: {
			message:
				/No space left on device|\bENOSPC\b|Disk quota exceeded|database or disk is full|MISCONF Redis is configured to save RDB snapshots|flood[- ]stage disk watermark|index read-only \/ allow delete/,
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			"The disk is full (this machine's, or a server's that stopped accepting writes for it: SQLite's `database or disk is full`, Redis' MISCONF, Elasticsearch's flood-stage watermark)",
	},
	{
		name: 'file-size-limit',
		match: {message: /File too large|\bEFBIG\b|\[Errno 27]/},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"A file grew past the largest this machine allows (the process's file-size limit, RLIMIT_FSIZE, or the file system's maximum)",
	},
	{
		name: 'permission-denied',
		match: {
			// The operating system's refusal: `PermissionError: [Errno 13] …`. A PermissionError that the code raises
			// with words of its own (`PermissionError: token expired`) is the code's check refusing, not the machine.
			message: raised(
				String.raw`PermissionError(?=: \[(?:Errno|WinError) )`,
				String.raw`Permission denied:|\[Errno 1?3\] (?:Permission denied|Operation not permitted)|Operation not permitted|\bEACCES\b|\bEPERM\b`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The machine denies the test a file, a directory or a port (permissions, ownership, a privileged port): a permissions problem on the machine, not the code',
	},
	{
		name: 'disk-io-error',
		match: {message: /disk I\/O error|Input\/output error|\[Errno 5]|\bEIO\b/},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason: "The machine's disk failed a read or a write (an I/O error)",
	},
	{
		name: 'read-only-file-system',
		match: {message: /Read-only file system|\bEROFS\b/},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason: 'The test writes where the file system is mounted read-only',
	},
];

/**
EAGAIN (`BlockingIOError: [Errno 11] Resource temporarily unavailable`, `zmq.error.Again`) says a call would
have had to wait: for the machine to allow another process or thread (a limit), but just as often for a lock
something else holds or for data a non-blocking socket has not received yet (the code's own). The frames
tell them apart.
*/
const wouldBlock =
	/\bEAGAIN\b|\bEWOULDBLOCK\b|\[Errno 11]|Resource temporarily unavailable/;
/** A fork, a spawn or a new thread in the traceback: `_fork_exec(`, `os.fork()`, `_start_new_thread(`. */
const forkOrThread =
	/\b_?fork_exec\(|\bos\.fork\(|\bfork\(\)|\bposix_spawnp?\(|_posix_spawn\(|\b_?start_new_thread\(|\/multiprocessing\/popen_fork\.py/;
/** A file lock asked for without waiting: `fcntl.flock(f, LOCK_EX | LOCK_NB)`, `fcntl.lockf(…)`. */
const nonBlockingLock = /\b(?:flock|lockf)\(/;
/**
A lock file taken with O_CREAT|O_EXCL (or `open(…, 'x')`) that is already there: `FileExistsError: [Errno 17] File
exists: '…/export.lock'`. Nothing on the machine made it: the run's own code took the lock and did not remove it (a
clean-up skipped when the body raised, the same lock taken twice). Whose code took it tells the code's defect from the
test's own mistake, as for a lock held without waiting.
*/
const lockFileExists =
	/(?:^|\n)(?:[\w.]+\.)?FileExistsError\b[^\n]*['"][^'"\n]*(?:\.(?:lock|lck|pid)|[/._-]lock)['"]/;
const lockFileLeft: readonly RuleSpec[] = [
	{
		name: 'lock-file-left-in-app',
		match: {message: lockFileExists, calledFrom: ['app']},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The code creates its lock file exclusively and finds it already there: the code itself left it (no clean-up when the work raised, or the lock taken twice); not the machine',
	},
	{
		name: 'lock-file-left-in-test',
		match: {message: lockFileExists, calledFrom: ['test']},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test's own code creates a lock file exclusively and finds it already there: the test (or an earlier one) took the lock and did not remove it",
	},
];
/**
A read or a write the code asked not to wait: pyzmq's `NOBLOCK`, `MSG_DONTWAIT`, `O_NONBLOCK`, `setblocking(False)`,
a queue's `get_nowait()`. A plain `recv(` is not enough: a socket with a receive timeout (SO_RCVTIMEO, pyzmq's
RCVTIMEO) says EAGAIN too when the peer does not answer in time.
*/
const nonBlockingCall =
	/\bNOBLOCK\b|\bMSG_DONTWAIT\b|\bO_NONBLOCK\b|\bsetblocking\(False\)|_nowait\(/;

/** A process killed from outside (SIGKILL, SIGTERM, exit 137 or 143), or a pytest-xdist worker dying under a test. */
const killedFromOutside =
	/died with <Signals\.SIG(?:KILL|TERM)\b|exit (?:status|code):? 1(?:37|43)\b|non-zero exit status (?:137|143|-9|-15)\b|\bOOMKilled\b|Killed process \d+|worker '[^'\n]+' crashed while running/;

/**
A call of the project's that starts a child under a resource limit it sets itself: `setrlimit` or an `RLIMIT_…` on the
line, or a `preexec_fn` whose name says a limit (`preexec_fn=_cpu_cap`, `preexec_fn=limit_memory`); a `preexec_fn`
that does something else (`os.setsid`, dropping privileges) says nothing of why the child was killed.
*/
const limitSetOnChild =
	/\bsetrlimit\b|\brlimit_[a-z]+|\bpreexec_fn\s*=\s*[\w.]*(?:limit|cap|cpu|mem|quota|budget)/i;

export const machineLimitRules: readonly RuleSpec[] = [
	// The kernel enforcing the limit the code's own call put on its child (RLIMIT_CPU's hard limit is a SIGKILL): the
	// limit's value, the settings' budget, is too small for the job, as suites 41 and 58 decided; the machine did not
	// kill it. A child killed with no limit of the code's on the line stays `killed` (the OOM killer, a CI time limit).
	{
		name: 'killed-under-own-limit',
		match: {
			message: killedFromOutside,
			calledFrom: ['app'],
			callSource: limitSetOnChild,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'A child process was killed under a resource limit the code sets on it itself (setrlimit in a preexec_fn): the kernel enforced the budget the code or its settings give the job, which is too small for it; the machine did not kill it',
	},
	{
		name: 'killed',
		match: {
			message: killedFromOutside,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"A process was killed from outside, with SIGKILL (exit 137) or SIGTERM (exit 143), or a pytest-xdist worker died under a test: usually the OOM killer of the runner's container, or a CI time limit",
	},
	{
		name: 'process-limits',
		match: {
			message:
				/can't start new thread|BrokenProcessPool|terminated abruptly|pthread_create|fork: (?:retry: )?Resource temporarily unavailable|[Cc]annot fork/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The machine refused a thread or a process, or killed one (its process limit or its memory)',
	},
	{
		name: 'fork-refused',
		match: {message: wouldBlock, traceback: forkOrThread},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The machine refused a new process or thread (EAGAIN from fork or posix_spawn): the user's process limit (ulimit -u, a container's pids limit) is reached, not the code",
	},
	...lockFileLeft,
	{
		name: 'lock-held-in-app',
		match: {
			message: wouldBlock,
			traceback: nonBlockingLock,
			calledFrom: ['app'],
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'EAGAIN here is no machine limit: the code asked for a file lock without waiting (flock or lockf with LOCK_NB) while something in the run still holds it (its own other handle, a worker, a lock never released), and neither waits nor retries: a concurrency bug',
	},
	{
		name: 'lock-held-in-test',
		match: {
			message: wouldBlock,
			traceback: nonBlockingLock,
			calledFrom: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"EAGAIN here is no machine limit: the test's own code (or a fixture) asked for a file lock without waiting (LOCK_NB) while the code under test or another test still holds it: the test does not isolate the lock it needs",
	},
	{
		name: 'would-block-in-app',
		match: {
			message: wouldBlock,
			traceback: nonBlockingCall,
			calledFrom: ['app'],
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'EAGAIN here is no machine limit: the code read or wrote a non-blocking socket, pipe or queue that had nothing ready (it would have blocked) and treats that as an error instead of waiting for it: a defect in the code',
	},
	{
		name: 'would-block-in-test',
		match: {
			message: wouldBlock,
			traceback: nonBlockingCall,
			calledFrom: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"EAGAIN here is no machine limit: the test's own code read or wrote a non-blocking socket, pipe or queue before anything was ready (it would have blocked): the test does not wait for what it reads",
	},
	{
		name: 'resource-temporarily-unavailable',
		match: {message: wouldBlock},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'EAGAIN with no lock taken without waiting and no call the code made non-blocking in the traceback: a wait on a socket or a service that timed out (a receive timeout), or a limit of the machine (processes, locked memory): the environment, not the code',
	},
	{
		name: 'limit-not-raisable',
		match: {
			message:
				/(?:^|\n)ValueError: (?:not allowed to raise maximum limit|current limit exceeds maximum limit)/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The test tried to raise a resource limit (resource.setrlimit) above the hard limit this machine allows its user: the runner's limits, not the code",
	},
	// The open-file limit hit at a test's setup with no frame of the project in the traceback (pytest making the test's
	// tmp_path, `pathlib.iterdir` of its base folder): nothing the test's fixtures do opens files there, so the
	// descriptors were used up before the test began, by an earlier test or the code it ran on the same worker (a
	// failed attempt keeps its handles alive through its traceback). Suites 56 and 58 decided those the code's leak; a
	// fixture of the project that itself opens too many files (suite 2's) is still the machine's limit, below.
	{
		name: 'descriptors-leaked-before-setup',
		match: {
			message: tooManyOpenFiles,
			phase: ['setup'],
			not: {calledFrom: ['test', 'app']},
		},
		category: 'BUG',
		priority: 'MEDIUM',
		reason:
			"Too many open files at a test's setup, inside pytest's own code where the project opens nothing: the descriptors were used up before the test began, leaked by an earlier test or the code it ran in the same process; look at the test that ran before it on the same worker",
	},
	{
		name: 'too-many-open-files',
		match: {message: tooManyOpenFiles},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The process hit the machine's open-file limit (ulimit -n): raise the limit, or look for descriptors the code leaks",
	},
	// A MemoryError on a line of the code that sizes what it allocates from what a request declares (`bytearray(int(
	// headers["Content-Length"]))`, `request.content_length`): the code trusts the size a client claims, so one large or
	// lying upload takes the service's memory; bounding it is the code's to do (suite 45 decided so). Sized by a setting
	// it is the setting's (below), and any other allocation stays the machine's memory.
	{
		name: 'memory-sized-by-request',
		match: {
			message: raised('MemoryError|_ArrayMemoryError', 'Unable to allocate'),
			calledFrom: ['app'],
			callSource: /\bcontent[-_]length\b/i,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The code ran out of memory allocating the size a request declares (its Content-Length): it trusts what a client claims, so a large or lying payload takes the service down; the code should bound or stream it',
	},
	// A MemoryError on a line of the code that sizes what it allocates from its settings (`bytearray(
	// settings.SCAN_BUFFER_BYTES)`): the setting asks for more than any runner has, as suites 38 and 41 decided; an
	// allocation sized otherwise stays the machine's memory.
	{
		name: 'memory-sized-by-setting',
		match: {
			message: raised('MemoryError|_ArrayMemoryError', 'Unable to allocate'),
			calledFrom: ['app'],
			callSource: settingInCall,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The code ran out of memory allocating a size it reads from its settings (a buffer, a batch, a cache): the setting asks for more memory than a machine gives, not the machine',
	},
	{
		name: 'out-of-memory',
		match: {
			message: raised(
				'MemoryError|_ArrayMemoryError',
				String.raw`Unable to allocate|Cannot allocate memory|\bENOMEM\b|std::bad_alloc|\b[Oo]ut of memory\b`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The process ran out of memory: a memory limit (ulimit, container) or a small machine, not necessarily a leak',
	},
	{
		name: 'network-interface-missing',
		match: {
			// netifaces' words for an interface it cannot find, and the socket module's (if_nametoindex).
			message:
				/You must specify a valid interface name|no interface with this name/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The machine has no network interface of the name the code asks for (a VPN, a bridge, a second card): the runner lacks the network the code binds to',
	},
	{
		name: 'keyring-backend-missing',
		match: {
			message: raised('NoKeyringError', 'No recommended backend was available'),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'keyring found no keyring service on this machine (no Secret Service or desktop session on a headless runner): the secret it reads must come another way where the tests run',
	},
	{
		name: 'missing-device',
		match: {
			message:
				/No such device|\bENODEV\b|Address family not supported|\bEAFNOSUPPORT\b|Protocol not supported/,
		},
		category: 'ENVIRONMENT',
		priority: 'LOW',
		reason:
			'The machine lacks a device or socket family the test needs (VSOCK, IPv6, … in a container)',
	},
];
