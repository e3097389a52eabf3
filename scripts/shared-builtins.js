/**
A step of `npm run build` on dist/main.cjs: one wrapper per Node module for its default imports.

In a CommonJS bundle, esbuild turns each `import fs from 'node:fs'` into `__toESM(require("node:fs"))`: a new
object with a getter for every property of the module, made where the importing module starts. The bundle
has 124 of them (44 of `process`, 29 of `fs`, 27 of `path`, …), so several thousand getters were defined
before the review's first frame (about 25 ms of CPU at load 7, medians of 10 runs).

A Node module is one object that never changes shape, so the same wrapper serves every import of it:
`__toESMBuiltin` makes it once per module (and per `isNodeMode`, which decides its `default`) with esbuild's
own `__toESM`. Only calls whose `require` names a Node built-in are rewritten; a bundled CommonJS module, which
a circular import can wrap before it is complete, keeps a wrapper per import. The build fails when esbuild's
helper is not where it was.
*/
import {isBuiltin} from 'node:module';

const helperStart = 'var __toESM = (mod, isNodeMode, target) =>';
const helperEnd = '\n));\n';

const sharedHelper = `var __toESMBuiltins = new Map();
var __toESMBuiltin = (mod, isNodeMode) => {
  let wrapped = __toESMBuiltins.get(mod);
  if (wrapped === void 0) __toESMBuiltins.set(mod, wrapped = []);
  return wrapped[isNodeMode ? 1 : 0] ??= __toESM(mod, isNodeMode);
};
`;

/** `bundle` with every `__toESM(require("<built-in>")` made `__toESMBuiltin(…)`, and how many there were. */
export function shareBuiltinImports(bundle) {
	const start = bundle.indexOf(helperStart);
	const end = start === -1 ? -1 : bundle.indexOf(helperEnd, start);
	if (start === -1 || bundle.includes(helperStart, start + 1) || end === -1) {
		throw new Error(
			"scripts/shared-builtins.js: esbuild's __toESM helper is not in the bundle as expected: look at the step again",
		);
	}

	const at = end + helperEnd.length;
	let count = 0;
	const rest = bundle
		.slice(at)
		.replaceAll(/__toESM\(require\("([^"\\]+)"\)/g, (call, name) => {
			if (!isBuiltin(name)) {
				return call;
			}

			count++;
			return `__toESMBuiltin(require("${name}")`;
		});
	return {text: `${bundle.slice(0, at)}${sharedHelper}${rest}`, count};
}
