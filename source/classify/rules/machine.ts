/**
Built-in rules for the machine the tests ran on: its file system, its memory, its devices.
*/

import type {RuleSpec} from './types.js';
import {raised} from './raised.js';

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
		name: 'disk-full',
		match: {
			message: /No space left on device|\bENOSPC\b|Disk quota exceeded/,
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason: 'The disk is full',
	},
	{
		name: 'permission-denied-at-setup',
		match: {
			phase: ['setup'],
			message: raised(
				'PermissionError',
				String.raw`Permission denied|Operation not permitted|\bEACCES\b|\bEPERM\b`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'Setting the test up needs a file or directory this user may not write: a permissions problem on the machine',
	},
	{
		name: 'read-only-file-system',
		match: {message: /Read-only file system|\bEROFS\b/},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason: 'The test writes where the file system is mounted read-only',
	},
];

export const machineLimitRules: readonly RuleSpec[] = [
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
