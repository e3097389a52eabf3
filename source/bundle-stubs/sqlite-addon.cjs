/*
What better-sqlite3's `require('bindings')('better_sqlite3.node')` loads in the bundle (scripts/build.js): its
JavaScript is bundled, its native addon stays in node_modules. The `bindings` package found the addon by
reading a stack trace for the caller's folder, then tried up to 13 places by require() and a caught error
each; the addon is where better-sqlite3's install puts it (build/Release), found from the package's own
folder, and anywhere else `bindings` still looks for it there.
*/
'use strict';
const path = require('node:path');

function bindings(name) {
	// The bundle's require resolves from dist/, as the external require('better-sqlite3') did.
	const root = path.dirname(require.resolve('better-sqlite3/package.json'));
	try {
		return require(path.join(root, 'build', 'Release', name));
	} catch (error) {
		if (error.code !== 'MODULE_NOT_FOUND') {
			throw error;
		}
	}

	const {createRequire} = require('node:module');
	return createRequire(path.join(root, 'package.json'))('bindings')({
		bindings: name,
		// eslint-disable-next-line camelcase
		module_root: root,
	});
}

module.exports = bindings;
