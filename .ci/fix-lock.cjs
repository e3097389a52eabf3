const fs = require('fs');
const file = process.argv[2];
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const pkgs = lock.packages;
const parent = pkgs['node_modules/unrs-resolver'];
let added = 0;
for (const [name, version] of Object.entries(parent.optionalDependencies || {})) {
  const key = `node_modules/${name}`;
  if (pkgs[key]) continue;
  const m = /resolver-binding-(\w+)-(\w+)(?:-(\w+))?$/.exec(name);
  const [, os, cpu, abi] = m;
  const entry = {version, cpu: [cpu === 'ia32' ? 'ia32' : cpu], dev: true, license: 'MIT', optional: true, os: [os === 'win32' ? 'win32' : os]};
  if (abi === 'gnu' || abi === 'gnueabihf') entry.libc = ['glibc'];
  if (abi === 'musl' || abi === 'musleabihf') entry.libc = ['musl'];
  pkgs[key] = entry; added++;
}
const sorted = {};
for (const k of Object.keys(pkgs).sort((a, b) => a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))) sorted[k] = pkgs[k];
lock.packages = sorted;
fs.writeFileSync(file, JSON.stringify(lock, null, '\t') + '\n');
console.log('added', added);
