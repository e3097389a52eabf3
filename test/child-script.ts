/**
The tests' own scripts run as processes of their own (an appender killed at random moments, a second decider on
the store): each is bundled by esbuild once per test file, as tsx would compile it, and run by plain Node. Started
as `node --import=tsx script.ts`, each process took 0.5 to 0.8 s to start on a loaded 2-core machine, a bundle
0.2 s; the journal's kill test alone starts fifty.
*/
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {buildSync} from 'esbuild';
import {afterAll} from 'vitest';

/** Under the package's node_modules: the bundle's imports of packages (pg) are found there, as the script's were. */
const cache = path.join(import.meta.dirname, '../node_modules/.cache');

/** `script` (a .ts file of the tests) bundled for plain Node: the bundle's path. Removed after the test file (or when its process ends). */
export function bundledScript(script: string): string {
	fs.mkdirSync(cache, {recursive: true});
	const folder = fs.mkdtempSync(path.join(cache, 'triage-test-script-'));
	const remove = () => {
		fs.rmSync(folder, {recursive: true, force: true});
	};

	afterAll(remove);
	// `vitest list` collects the file without running its hooks.
	process.once('exit', remove);
	const outfile = path.join(folder, `${path.basename(script, '.ts')}.mjs`);
	buildSync({
		entryPoints: [script],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		logLevel: 'warning',
	});
	return outfile;
}
