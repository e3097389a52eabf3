/**
A step of `npm run build` on dist/main.cjs, after scripts/shared-builtins.js: a few Node modules that the
bundle's modules import at their start, and use only for some commands or keys, are required on their first
use instead.

esbuild hoists every import of the bundle to where its module starts, so the review loaded `child_process`
(with `dgram` and `net`'s child-process parts: heap.ts's respawn, the editor, `triage run`), `zlib` (gzipped
logs), `assert` (conf, signal-exit), `readline/promises` (undo's question) and `timers/promises` (a followed
log) before its first frame, whatever the log: about 12-15 ms of CPU on an idle core, timed by requiring them
in a fresh process. Each import of one of these is a proxy now that requires the module at the first property
read or call, and hands out the module's own values (functions are called as the module's, not bound).
The build fails when one of them is no longer imported as expected: look at the list again.
*/

/** The modules required on first use, by the names the bundle requires them by. */
export const lazyModules = [
	'node:child_process',
	'node:zlib',
	'node:assert',
	'assert',
	'node:readline/promises',
	'node:timers/promises',
];

const lazyHelper = `var __lazyBuiltinProxies = new Map();
var __lazyBuiltin = (name, isDefaultImport) => {
  const key = isDefaultImport ? "default:" + name : name;
  let proxy = __lazyBuiltinProxies.get(key);
  if (proxy === void 0) {
    let loaded;
    const load = () => loaded ??= require(name);
    proxy = isDefaultImport ? new Proxy({}, {
      get: (_, property) => property === "default" ? __lazyBuiltin(name, false) : load()[property],
      has: (_, property) => property === "default" || property in load()
    }) : new Proxy(() => {
    }, {
      get: (_, property) => load()[property],
      has: (_, property) => property in load(),
      apply: (_, self, args) => Reflect.apply(load(), self, args)
    });
    __lazyBuiltinProxies.set(key, proxy);
  }
  return proxy;
};
`;

const escaped = name => name.replaceAll(/[/.]/g, character => `\\${character}`);
const requireCall = new RegExp(
	`(__toESMShared\\()?require\\("(${lazyModules.map(name => escaped(name)).join('|')})"\\)(, 1\\))?`,
	'g',
);

/**
`bundle` (dist/main.cjs after shareBuiltinImports) with each require of a module of `lazyModules` made a lazy
proxy (`__lazyBuiltin`), and how many there were of each. Throws when one of the modules is required nowhere,
or the bundle has no module comment to put the helper before.
*/
export function lazyBuiltinImports(bundle) {
	// esbuild's helpers come first, then each module after a `// path` comment: the helper goes before the first.
	const firstModule = bundle.indexOf('\n// ');
	if (firstModule === -1) {
		throw new Error(
			'scripts/lazy-builtins.js: no module comment in the bundle: look at the step again',
		);
	}

	const counts = new Map(lazyModules.map(name => [name, 0]));
	const rest = bundle
		.slice(firstModule)
		.replaceAll(requireCall, (call, wrapped, name, wrappedEnd) => {
			// A default import wrapped by shareBuiltinImports, with isNodeMode (its `default` is the module).
			if (Boolean(wrapped) !== Boolean(wrappedEnd)) {
				return call;
			}

			counts.set(name, counts.get(name) + 1);
			return wrapped
				? `__lazyBuiltin("${name}", true)`
				: `__lazyBuiltin("${name}", false)`;
		});
	const missing = [...counts].filter(([, count]) => count === 0);
	if (missing.length > 0) {
		throw new Error(
			`scripts/lazy-builtins.js: ${missing.map(([name]) => name).join(', ')} no longer required in the bundle as expected: look at the list again`,
		);
	}

	return {
		text: `${bundle.slice(0, firstModule + 1)}${lazyHelper}${rest.slice(1)}`,
		counts,
	};
}
