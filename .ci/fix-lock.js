// The npm registry reachable here lacks some platforms' @unrs/resolver-binding-* packages, so
// `npm install` leaves them out of package-lock.json and `npm ci` then refuses the lock. This adds
// an entry (version, os, cpu, libc) for each missing one; npm ci skips them on this platform.
// Run after `npm install` changes the lock: node .ci/fix-lock.js package-lock.json
import fs from 'node:fs';
import process from 'node:process';

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;
const parent = packages['node_modules/unrs-resolver'];
let added = 0;
for (const [name, version] of Object.entries(
	parent?.optionalDependencies ?? {},
)) {
	const key = `node_modules/${name}`;
	const match = /resolver-binding-(\w+)-(\w+)(?:-(\w+))?$/.exec(name);
	if (packages[key] || !match) {
		continue;
	}

	const [, os, cpu, abi] = match;
	const entry = {
		version,
		cpu: [cpu],
		dev: true,
		license: 'MIT',
		optional: true,
		os: [os],
	};
	if (abi?.startsWith('gnu')) {
		entry.libc = ['glibc'];
	} else if (abi?.startsWith('musl')) {
		entry.libc = ['musl'];
	}

	packages[key] = entry;
	added++;
}

const keys = Object.keys(packages).toSorted((a, b) =>
	a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
);
lock.packages = Object.fromEntries(keys.map(key => [key, packages[key]]));
fs.writeFileSync(file, `${JSON.stringify(lock, null, '\t')}\n`);
console.log(`${file}: added ${added} entries`);
