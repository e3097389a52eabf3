/**
An id for a FAILURES/ERRORS entry no progress or summary line names (`-rN`, a truncated log, `-rP` without `f`): the
header's name, in the file its traceback or the progress letters show.
*/
import {isOutsideProject} from '../outside-project.js';
import {framesOf} from '../traceback.js';
import type {Entry} from './failure-entry.js';
import type {HeaderInputs} from './headers.js';
import {headerKey} from './ids.js';
import type {TestState} from './test-state.js';

/** An entry whose test no other line names (`-rN`, or a truncated log): the id comes from the traceback. */
export function guessState(entry: Entry, inputs: HeaderInputs): TestState {
	const {tests, ids, warnings} = inputs;
	const name = headerKey(entry.name);
	const bracket = name.indexOf('[');
	const head = bracket === -1 ? name : name.slice(0, bracket);
	const tail =
		head.replaceAll('.', '::') + (bracket === -1 ? '' : name.slice(bracket));
	const testName = head.split('.').pop()!;
	// The test's own frame names its file; else the first Python file of the project the traceback names
	// (`--tb=native` starts a unittest failure in unittest/case.py, a teardown error in _pytest/runner.py).
	const frames = framesOf(entry.traceback).filter(frame =>
		frame.path.endsWith('.py'),
	);
	const file =
		frames.find(frame => frame.function === testName)?.path ??
		progressFileOf(entry, frames, inputs) ??
		(frames.find(frame => !isOutsideProject(frame.path)) ?? frames[0])?.path;

	const id = file ? `${ids.normalize(file)}::${tail}` : tail;
	warnings.push({
		line: entry.startLine,
		message: `no progress or summary line names "${entry.name}"; its node id was rebuilt as ${id}`,
	});
	return tests.getOrAdd(ids.normalize(id));
}

/**
A traceback that never reaches its test's own frame (a plugin's hook raised in the call, a fixture in its setup):
the file whose progress letters hold the entry's letter (`F` for a failure, `E` for an error) is the test's, the one
the traceback names or, when it names none of them, the only one.
*/
function progressFileOf(
	entry: Entry,
	frames: ReadonlyArray<{path: string}>,
	inputs: HeaderInputs,
): string | undefined {
	const files =
		entry.kind === 'failure'
			? inputs.progressFiles?.failed
			: inputs.progressFiles?.errored;
	if (!files || files.size === 0) {
		return undefined;
	}

	for (const frame of frames) {
		for (const file of files) {
			if (frame.path === file || frame.path.endsWith(`/${file}`)) {
				return file;
			}
		}
	}

	return files.size === 1 ? [...files][0] : undefined;
}
