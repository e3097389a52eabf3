import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCli} from './cli-helpers.js';

const require = createRequire(import.meta.url);
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-sqlite-'));
const log = path.resolve('fixtures/demo/run.log');

describe('better-sqlite3 in the bundle', () => {
	test('the history is written and read with no module of better-sqlite3 or bindings loaded from node_modules but its addon', () => {
		// Preloaded: at exit, the files Node's own loader loaded from node_modules, on stderr.
		const preload = path.join(temporary, 'loaded.cjs');
		fs.writeFileSync(
			preload,
			"process.on('exit', () => process.stderr.write('loaded: ' + Object.keys(require.cache).filter(file => file.includes('node_modules')).map(file => file.slice(file.lastIndexOf('node_modules'))).join(',') + '\\n'));\n",
		);
		const cwd = fs.mkdtempSync(path.join(temporary, 'history-'));
		const environment = {
			TRIAGE_HISTORY: '',
			NODE_OPTIONS: `--require=${preload}`,
		};
		const recorded = runCli(['record', log], {cwd, env: environment});
		expect(recorded.status).toBe(0);
		expect(recorded.stdout).toContain('recorded #1');
		const listed = runCli(['history'], {cwd, env: environment});
		expect(listed.status).toBe(0);
		expect(listed.stdout).toContain('1 run, oldest first');
		for (const result of [recorded, listed]) {
			expect(result.stderr).toBe(
				`loaded: ${path.join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')}\n`,
			);
		}
	});

	test('the stub loads the addon the bindings package finds', () => {
		const bindings = require('../source/bundle-stubs/sqlite-addon.cjs') as (
			name: string,
		) => unknown;
		const root = path.dirname(require.resolve('better-sqlite3/package.json'));
		const found = createRequire(path.join(root, 'package.json'))(
			'bindings',
		) as (options: Record<string, string>) => unknown;
		const addon = bindings('better_sqlite3.node');
		expect(addon).toBe(
			found({bindings: 'better_sqlite3.node', module_root: root}),
		);
		expect(typeof (addon as {Database: unknown}).Database).toBe('function');
	});
});
