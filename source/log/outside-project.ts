/**
Whether a traceback frame's file is outside the project: in site-packages or dist-packages, the Python
standard library, `_pytest` or `pluggy`.
*/
const outsidePatterns: readonly RegExp[] = [
	/(?:^|\/)(?:site|dist)-packages\//,
	/^\/usr\/lib\/python3/,
	/(?:^|\/)lib\/python3(?:\.\d+)?\//,
	/(?:^|\/)_pytest\//,
	/(?:^|\/)pluggy\//,
	/^<frozen /,
];

/** Whether a frame's file is outside the project (a library, the stdlib, pytest itself). */
export function isOutsideProject(path: string): boolean {
	const unified = path.replaceAll('\\', '/');
	return outsidePatterns.some(pattern => pattern.test(unified));
}
