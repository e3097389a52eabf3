/**
A step of `npm run build` on dist/main.cjs: one wrapper per Node module for its default imports.

In a CommonJS bundle, esbuild turns each `import fs from 'node:fs'` into `__toESM(require("node:fs"))`: a new
object with a getter for every property of the module, made where the importing module starts. The bundle
has 124 of them (44 of `process`, 29 of `fs`, 27 of `path`, …), so several thousand getters were defined
before the review's first frame (about 25 ms of CPU at load 7, medians of 10 runs).

A Node module is one object that never changes shape, so the same wrapper serves every import of it:
`__toESMShared` makes it once per module (and per `isNodeMode`, which decides its `default`) with esbuild's
own `__toESM`. So are React's two entry points (53 imports of `react` and `react/jsx-runtime`), which require
nothing of ours and are complete when first required. Any other bundled CommonJS module, which a circular
import can wrap before it is complete, keeps a wrapper per import. The build fails when esbuild's helper is
not where it was.
*/
import {isBuiltin} from 'node:module';

const helperStart = 'var __toESM = (mod, isNodeMode, target) =>';
const helperEnd = '\n));\n';

const sharedHelper = `var __toESMSharedWrappers = new Map();
var __toESMShared = (mod, isNodeMode) => {
  let wrapped = __toESMSharedWrappers.get(mod);
  if (wrapped === void 0) __toESMSharedWrappers.set(mod, wrapped = []);
  return wrapped[isNodeMode ? 1 : 0] ??= __toESM(mod, isNodeMode);
};
`;

/** The bundled modules shared too: esbuild's name for each, and the file it must be. */
const sharedModules = new Map([
	['require_react', 'node_modules/react/index.js'],
	['require_jsx_runtime', 'node_modules/react/jsx-runtime.js'],
]);

/** Whether `bundle` defines `name` as the CommonJS module of `file` (esbuild's names follow file names). */
function isModule(bundle, name, file) {
	const definition = `\nvar ${name} = __commonJS({\n  "`;
	const at = bundle.indexOf(definition);
	if (at === -1) {
		return false;
	}

	const line = bundle.slice(
		at + definition.length,
		bundle.indexOf('\n', at + definition.length),
	);
	return line.startsWith(file) || line.includes(`/${file}"`);
}

/**
`bundle` with every `__toESM(require("<built-in>")` and `__toESM(require_react()` (and jsx-runtime's) made
`__toESMShared(…)`, and how many there were.
*/
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
	const shared = new Set(
		[...sharedModules]
			.filter(([name, file]) => isModule(bundle, name, file))
			.map(([name]) => name),
	);
	const rest = bundle
		.slice(at)
		.replaceAll(/__toESM\(require\("([^"\\]+)"\)/g, (call, name) => {
			if (!isBuiltin(name)) {
				return call;
			}

			count++;
			return `__toESMShared(require("${name}")`;
		})
		.replaceAll(/__toESM\((require_\w+)\(\)/g, (call, name) => {
			if (!shared.has(name)) {
				return call;
			}

			count++;
			return `__toESMShared(${name}()`;
		});
	return {text: `${bundle.slice(0, at)}${sharedHelper}${rest}`, count};
}
