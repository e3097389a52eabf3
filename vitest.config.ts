import os from 'node:os';
import path from 'node:path';
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// Vitest's default is one worker fewer than the cores: one on CI's two. Many files wait on processes they
		// start (the built CLI, tmux, PostgreSQL), so a second worker runs while they wait: the whole suite took
		// 539 s instead of about 730 s on this two-core machine, every test passing.
		maxWorkers: Math.max(2, os.availableParallelism() - 1),
		testTimeout: 60_000,
		hookTimeout: 60_000,
		env: {
			FORCE_COLOR: '0',
			// Journal snapshots of the tests' big journals, out of the user's cache folder.
			TRIAGE_CACHE_DIR: path.join(os.tmpdir(), 'triage-test-cache'),
		},
	},
});
