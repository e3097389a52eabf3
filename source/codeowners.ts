/**
Finding the CODEOWNERS of the repository under test: from the run's rootdir when it exists on this
machine, else from the current directory, up to the repository's root (the folder with `.git`), in the
places GitHub looks: `.github/CODEOWNERS`, `CODEOWNERS`, `docs/CODEOWNERS`. The patterns are relative to
that root, the test files to the rootdir: `ownersOf` maps one to the other. Matching is
`classify/owners.ts`'s.
*/
import fs from 'node:fs';
import path from 'node:path';
import {
	ownersMatcher,
	parseCodeowners,
	type OwnersOf,
} from './classify/owners.js';
import {
	IrregularFileError,
	readRegularFile,
	unreadableReason,
} from './files.js';

export type Codeowners = {
	/** The file as a person finds it: relative to the current directory when inside it. */
	readonly file: string;
	/** The owners of a test file as the run names it (relative to its rootdir, or absolute). */
	readonly ownersOf: OwnersOf;
	/** One line each (`.github/CODEOWNERS:4: …`): lines skipped. */
	readonly warnings: readonly string[];
};

/** Where GitHub looks, in its order, in the repository's root. */
export const codeownersPlaces = [
	'.github/CODEOWNERS',
	'CODEOWNERS',
	'docs/CODEOWNERS',
] as const;

/** GitHub ignores a CODEOWNERS file over 3 MB. */
const maximumBytes = 3 * 1024 * 1024;

function isDirectory(folder: string): boolean {
	try {
		return fs.statSync(folder).isDirectory();
	} catch {
		return false;
	}
}

/** The first CODEOWNERS from `start` up to the repository root, and the root it belongs to. */
function locate(start: string): {file: string; root: string} | undefined {
	let folder = start;
	while (true) {
		for (const place of codeownersPlaces) {
			const file = path.join(folder, place);
			if (fs.existsSync(file)) {
				return {file, root: folder};
			}
		}

		const parent = path.dirname(folder);
		if (parent === folder || fs.existsSync(path.join(folder, '.git'))) {
			return undefined;
		}

		folder = parent;
	}
}

class BinaryError extends Error {
	override name = 'BinaryError';
}

/**
The file's text; a file that is not UTF-8 text (a binary committed under the name) is one problem, not a
warning for each of its hundreds of "lines".
*/
function textOf(bytes: Uint8Array): string {
	try {
		if (bytes.includes(0)) {
			throw new TypeError('a NUL byte');
		}

		return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch {
		throw new BinaryError('not UTF-8 text (binary data?)');
	}
}

export type CodeownersOptions = {
	/** The run's rootdir as its log printed it, if it did. */
	readonly rootdir?: string;
	readonly cwd: string;
};

/**
The CODEOWNERS for a run, or undefined when the repository has none. A file that cannot be read is
undefined too, with the reason in `problem` so the caller can warn.
*/
export function findCodeowners(
	options: CodeownersOptions,
): Codeowners | {readonly problem: string} | undefined {
	const {rootdir, cwd} = options;
	const start =
		rootdir !== undefined && isDirectory(path.resolve(cwd, rootdir))
			? path.resolve(cwd, rootdir)
			: path.resolve(cwd);
	const found = locate(start);
	if (!found) {
		return undefined;
	}

	const relative = path.relative(cwd, found.file);
	const file =
		relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
			? relative
			: found.file;
	let text: string;
	try {
		text = textOf(readRegularFile(found.file, maximumBytes));
	} catch (error) {
		return {
			problem: `${file}: ${error instanceof IrregularFileError || error instanceof BinaryError ? error.message : unreadableReason(error)}; no owners shown`,
		};
	}

	const parsed = parseCodeowners(text);
	const owners = ownersMatcher(parsed.rules);
	// Test files are named relative to the rootdir; the patterns relative to the repository root.
	const prefix = path.relative(found.root, start).split(path.sep).join('/');
	return {
		file,
		ownersOf(testFile) {
			const inRepository = path.isAbsolute(testFile)
				? path.relative(found.root, testFile).split(path.sep).join('/')
				: path.posix.join(prefix, testFile.replaceAll('\\', '/'));
			return owners(inRepository);
		},
		warnings: parsed.warnings.map(
			warning => `${file}:${warning.line}: ${warning.message}`,
		),
	};
}
