/**
Frames outside the project: the tap reporter drops them from a stack; the detail pane dims them. A frame
is noise when its file is in site-packages or dist-packages, the Python standard library, `_pytest` or
`pluggy`: the failure is rarely there, and the reader's eye should land on the project's own frames.
*/
import {
	frameEndPathOf,
	frameHeaderPathOf,
	isChainLine,
	isErrorLine,
	isFrameSeparator,
} from '../log/traceback.js';

const outsidePatterns: readonly RegExp[] = [
	/(?:^|\/)(?:site|dist)-packages\//,
	/^\/usr\/lib\/python3/,
	/(?:^|\/)lib\/python3(?:\.\d+)?\//,
	/(?:^|\/)_pytest\//,
	/(?:^|\/)pluggy\//,
	/^<frozen /,
	// Cython sources of a compiled library (lxml prints `src/lxml/parser.pxi`): relative, but not the project's.
	/\.(?:pyx|pxi|pxd)$/,
];

/** Whether a frame's file is outside the project (a library, the stdlib, pytest itself). */
export function isOutsideProject(path: string): boolean {
	const unified = path.replaceAll('\\', '/');
	return outsidePatterns.some(pattern => pattern.test(unified));
}

/**
For each traceback line, whether it belongs to a frame outside the project: the frame's header
(`path:line: in function`, `File "path", line N`) and its source lines, or in `--tb=long` the source
lines above a `path:line: Error` line and that line. `E` lines (the error itself) are never noise.
*/
export function noiseLinesOf(lines: readonly string[]): boolean[] {
	const noise = lines.map(() => false);
	// The open short or native frame: its indented source lines follow its header.
	let isOpenFrameNoise: boolean | undefined;
	// Where the current `--tb=long` frame began: it ends with its `path:line: ` line.
	let blockStart = 0;
	for (const [index, line] of lines.entries()) {
		if (isErrorLine(line)) {
			isOpenFrameNoise = undefined;
			continue;
		}

		if (isFrameSeparator(line) || isChainLine(line)) {
			isOpenFrameNoise = undefined;
			blockStart = index + 1;
			continue;
		}

		const header = frameHeaderPathOf(line);
		if (header !== undefined) {
			isOpenFrameNoise = isOutsideProject(header);
			noise[index] = isOpenFrameNoise;
			blockStart = index + 1;
			continue;
		}

		const isIndented = /^\s/.test(line);
		if (isOpenFrameNoise !== undefined && (isIndented || line === '')) {
			noise[index] = isOpenFrameNoise;
			continue;
		}

		isOpenFrameNoise = undefined;
		const end = frameEndPathOf(line);
		if (end !== undefined) {
			if (isOutsideProject(end)) {
				for (let source = blockStart; source <= index; source++) {
					noise[source] = !isErrorLine(lines[source]!);
				}
			}

			blockStart = index + 1;
		}
	}

	return noise;
}
