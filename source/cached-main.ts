/**
What the built `dist/cli.js` imports in place of `main.js` (scripts/build.js swaps them): the rest of the
CLI, bundled into one CommonJS file, `dist/main.cjs`, compiled with V8's code cache when there is one.

Node 20 keeps no compiled code between runs (`module.enableCompileCache` is Node 22's), so every start
parsed and compiled the bundle's modules again, and every function it ran. A `vm.Script` can be given the
code V8 made last time (`cachedData`), as the v8-compile-cache package does for CommonJS modules:

- the cache is `main.cjs.cache` beside the bundle: the SHA-256 of the bundle's text, then V8's data. Any
  change to the bundle changes the digest, and a cache of another bundle is not used. V8 itself refuses
  data from another V8 version or other flags (`cachedDataRejected`);
- a run that found no cache it could use writes one as it exits (`createCachedData` then holds every
  function the run compiled: for the review, those of its first frame), to a temporary file renamed into
  place, so two runs at once never read half a file;
- reading or writing the cache never fails a run: a folder that cannot be written (a system-wide
  install) or a cache that cannot be read leaves the bundle compiled from its text, as before.
*/
import {isAscii} from 'node:buffer';
import type * as Crypto from 'node:crypto';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import vm from 'node:vm';
import {normalHeapGrowth, setHeapGrowth} from './heap-growth.js';
import type {main as runMain} from './main.js';

type MainModule = {readonly main: typeof runMain};

export type LoadedBundle = {
	/** What the bundle put in `module.exports`. */
	readonly exports: unknown;
	/** True when V8 compiled it from the cache file. */
	readonly fromCache: boolean;
	/** True when the cache it was compiled from was written by a review. */
	readonly fromReview: boolean;
	/**
	Writes the cache file from what V8 has compiled of the bundle so far (every function run, not only the
	top level), marked as written by a review or not; false when it could not (and nothing was written).
	Does nothing with the cache off.
	*/
	readonly saveCache: (isReview: boolean) => boolean;
};

/** A cache file: the digest of the bundle's text, one byte (1: written by a review), V8's data. */
const digestLength = 32;
const headerLength = digestLength + 1;

export type CacheData = {readonly data: Buffer; readonly isReview: boolean};

/** `TRIAGE_CODE_CACHE=off`: compile the bundle from its text, and read or write no cache. */
function isCacheOff(): boolean {
	return process.env['TRIAGE_CODE_CACHE'] === 'off';
}

export async function main(): Promise<void> {
	const bundle = fileURLToPath(new URL('main.cjs', import.meta.url));
	const loaded = await loadBundle(bundle, `${bundle}.cache`);
	let isReview = false;
	// At exit the script holds every function the run compiled; `exit` comes with process.exit() too. A
	// cache written by another command lacks the review's functions: the review's start is what it is for.
	process.once('exit', () => {
		if (shouldSaveCache(loaded, isReview)) {
			// With the flags the run started with, which the next run's V8 checks the cache against.
			setHeapGrowth(normalHeapGrowth);
			loaded.saveCache(isReview);
		}
	});
	await (loaded.exports as MainModule).main({
		onReview() {
			isReview = true;
		},
	});
}

/** Whether a run writes the cache as it exits: it had none it could use, or a review found another command's. */
export function shouldSaveCache(
	loaded: Pick<LoadedBundle, 'fromCache' | 'fromReview'>,
	isReview: boolean,
): boolean {
	return !loaded.fromCache || (isReview && !loaded.fromReview);
}

/** The cached data in `cacheFile` when the file is there and was made from the text of `digest`. */
export function readCache(
	cacheFile: string,
	digest: Buffer,
): CacheData | undefined {
	let data: Buffer;
	try {
		data = fs.readFileSync(cacheFile);
	} catch {
		return undefined;
	}

	return data.length > headerLength &&
		data.subarray(0, digestLength).equals(digest)
		? {data: data.subarray(headerLength), isReview: data[digestLength] === 1}
		: undefined;
}

/** Writes `cache` for the text of `digest` to `cacheFile`, whole or not at all; false when it could not. */
export function writeCache(
	cacheFile: string,
	digest: Buffer,
	cache: CacheData,
): boolean {
	const temporary = `${cacheFile}.${process.pid}.tmp`;
	try {
		fs.writeFileSync(
			temporary,
			Buffer.concat([digest, Buffer.of(cache.isReview ? 1 : 0), cache.data]),
		);
		fs.renameSync(temporary, cacheFile);
		return true;
	} catch {
		try {
			fs.unlinkSync(temporary);
		} catch {
			// Never written.
		}

		return false;
	}
}

/**
Runs the CommonJS bundle `bundle` (as Node's loader would: `exports`, `require`, `module`, `__filename`,
`__dirname`), compiled with the code cache in `cacheFile` when it holds one for this text.
*/
export async function loadBundle(
	bundle: string,
	cacheFile: string,
): Promise<LoadedBundle> {
	const bytes = fs.readFileSync(bundle);
	// The build writes ASCII alone: Latin-1 decodes it four times faster than UTF-8 (and V8 then holds the
	// text at one byte a character).
	const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
	const useCache = !isCacheOff();
	// Required when used (--help and --version, in the same file, need none of it), not import()ed: a dynamic
	// import starts Node's ES module loader, which the CommonJS cli.js otherwise never loads.
	const {createHash} = createRequire(import.meta.url)(
		'node:crypto',
	) as typeof Crypto;
	const digest = useCache
		? createHash('sha256').update(bytes).digest()
		: undefined;
	const cache = digest && readCache(cacheFile, digest);
	const cachedData = cache?.data;
	const script = new vm.Script(
		`(function (exports, require, module, __filename, __dirname) {${source}\n})`,
		{
			filename: bundle,
			...(cachedData && {cachedData}),
			importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
		},
	);
	const run = script.runInThisContext() as (
		exports: unknown,
		require: NodeJS.Require,
		module: {exports: unknown},
		filename: string,
		dirname: string,
	) => void;
	const module = {exports: {}};
	run.call(
		module.exports,
		module.exports,
		createRequire(bundle),
		module,
		bundle,
		path.dirname(bundle),
	);
	return {
		exports: module.exports,
		fromCache: cachedData !== undefined && !script.cachedDataRejected,
		fromReview: cache?.isReview === true,
		saveCache(isReview) {
			if (!digest) {
				return false;
			}

			try {
				return writeCache(cacheFile, digest, {
					data: script.createCachedData(),
					isReview,
				});
			} catch {
				// No cache: the next run compiles from the text, as this one did.
				return false;
			}
		},
	};
}
