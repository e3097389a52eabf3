/**
Where a failure's exception was raised, as rules see it: in the app under test, in the test's own code,
or in a library; and for a library, which of the project's frames called it. "Raised in the app" is
evidence of a bug; "raised in the test" of a test that is wrong or that got a wrong value back.
*/

import type {Failure} from '../../log/model.js';
import {isOutsideProject} from '../noise-frames.js';
import type {Frame} from '../../log/traceback.js';
import {framesOfTraceback} from '../frames.js';
import {isTestCode, stablePath} from '../signature.js';
import type {CodeOrigin, ProjectOrigin} from './types.js';

export type CrashSite = {
	/** The innermost frame. */
	readonly raisedAt: Frame;
	readonly raisedIn: CodeOrigin;
	/** The innermost frame of the project's own code, when the traceback shows one. */
	readonly calledAt?: Frame;
	readonly calledFrom?: ProjectOrigin;
};

// Frames are read from the end of a traceback, where the crash is; a huge one is not read whole.
const maximumTracebackText = 256 * 1024;

/** Where a frame's code comes from. `testFile` is the failing test's own file. */
export function originOf(path: string, testFile: string): CodeOrigin {
	// `<template>`, `<string>`, `<frozen os>`: generated or built-in code, not a file of the project.
	if (path.startsWith('<') || isOutsideProject(path)) {
		return 'library';
	}

	return isTestCode(path, testFile) ? 'test' : 'app';
}

/** The crash site of a failure, or undefined when its traceback shows no frame at all. */
export function crashSiteOf(
	failure: Pick<Failure, 'traceback' | 'file' | 'location'>,
): CrashSite | undefined {
	const {traceback} = failure;
	const text =
		traceback.length > maximumTracebackText
			? traceback.slice(-maximumTracebackText)
			: traceback;
	const read = framesOfTraceback(text);
	const frames: readonly Frame[] =
		read.length === 0 && failure.location ? [failure.location] : read;

	const raisedAt = frames.at(-1);
	if (!raisedAt) {
		return undefined;
	}

	const raisedIn = originOf(raisedAt.path, failure.file);
	for (let index = frames.length - 1; index >= 0; index--) {
		const frame = frames[index]!;
		const origin =
			frame === raisedAt ? raisedIn : originOf(frame.path, failure.file);
		if (origin !== 'library') {
			return {raisedAt, raisedIn, calledAt: frame, calledFrom: origin};
		}
	}

	return {raisedAt, raisedIn};
}

const originWords: Record<CodeOrigin, string> = {
	app: 'app code',
	test: 'the test',
	library: 'a library',
};

const standardLibrary =
	/(?:^|\/)lib\/python\d(?:\.\d+)?\/(?!site-packages\/|dist-packages\/)(.+)$/;

/** Longer than any path a system takes (Linux's PATH_MAX): a test's output, not a file's path. */
const longestPath = 4096;

/** A path as short as still says what it is: `json/encoder.py`, `requests/models.py`, `src/a.py`. */
function shortPath(path: string, testFile: string): string {
	// Read only in paths a file can have: each `lib/python3/` of a longer one was tried to its end.
	const library =
		path.length <= longestPath
			? standardLibrary.exec(path.replaceAll('\\', '/'))
			: undefined;
	return library ? library[1]! : stablePath(path, testFile);
}

/**
What a crash site says, in words: `raised in app code at src/a.py:12`, `raised in a library at
requests/models.py:1021, called from the test at tests/conftest.py:74`.
*/
export function describeCrashSite(site: CrashSite, testFile: string): string {
	const place = (frame: Frame) =>
		`${shortPath(frame.path, testFile)}:${frame.line}`;
	const raised = `raised in ${originWords[site.raisedIn]} at ${place(site.raisedAt)}`;
	if (site.raisedIn !== 'library' || !site.calledAt || !site.calledFrom) {
		return raised;
	}

	return `${raised}, called from ${originWords[site.calledFrom]} at ${place(site.calledAt)}`;
}
