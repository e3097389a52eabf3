/**
The area of a test: a second axis next to the category, taken from the path.
*/

/** Paths without `../`, `./` or a leading `/`, with forward slashes. */
export function relativeSegments(path: string): string[] {
	return path
		.replaceAll('\\', '/')
		.split('/')
		.filter(segment => segment !== '' && segment !== '.' && segment !== '..');
}

const testFolders = new Set(['tests', 'test', 'testing']);

/**
`tests/chaos/<area>/…` gives the chaos area (auth, cache, concurrency, database, network, resources);
otherwise the top folder under `tests/`; otherwise the top folder of the path (`tests` for
`tests/test_x.py`, `drawing` for `drawing/tests/test_pylab.py`). A file outside the rootdir
(`../../usr/lib/python3.11/test/test_ssl.py`) takes the folder it is in. `.` when there is no folder.
*/
export function areaOf(file: string): string {
	const isOutside = /^(?:\.\.[/\\]|[/\\]|[A-Za-z]:[/\\])/.test(file);
	const folders = relativeSegments(file).slice(0, -1);
	const chaos = folders.findIndex(
		(segment, index) =>
			segment === 'chaos' && testFolders.has(folders[index - 1] ?? ''),
	);
	if (chaos !== -1 && folders[chaos + 1] !== undefined) {
		return folders[chaos + 1]!;
	}

	const tests = folders.findIndex(segment => testFolders.has(segment));
	if (tests !== -1 && folders[tests + 1] !== undefined) {
		return folders[tests + 1]!;
	}

	if (isOutside) {
		return folders.at(-1) ?? '.';
	}

	return folders[0] ?? '.';
}
