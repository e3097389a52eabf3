import fs from 'node:fs';
import {expect, test} from 'vitest';

test("the README's count of a folder's test files is the folder's", () => {
	const readme = fs.readFileSync('README.md', 'utf8');
	const said = /`npx vitest run (test\/[\w-]+)` \((\d+) files,/.exec(readme);
	expect(said).not.toBeNull();
	const [, folder, count] = said!;
	const files = fs
		.readdirSync(folder!)
		.filter(name => name.endsWith('.test.ts') || name.endsWith('.test.tsx'));
	expect(files.length).toBe(Number(count));
});
