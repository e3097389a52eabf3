/**
Whether a traceback frame's file is outside the project: in site-packages or dist-packages, the Python
standard library, `_pytest` or `pluggy`, or a compiled library's Cython sources.
*/
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
