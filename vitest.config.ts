import os from 'node:os';
import path from 'node:path';
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		env: {
			FORCE_COLOR: '0',
			// Journal snapshots of the tests' big journals, out of the user's cache folder.
			TRIAGE_CACHE_DIR: path.join(os.tmpdir(), 'triage-test-cache'),
		},
	},
});
