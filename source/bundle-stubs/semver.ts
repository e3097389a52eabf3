/**
conf imports semver at load but uses it only for migrations, and prefs.ts gives conf none: the bundle
replaces semver with this (see package.json's build). Reached only if conf were given migrations.
*/
function unbundled(): never {
	throw new Error('semver is not bundled: conf was given migrations');
}

const semver = {
	eq: unbundled,
	clean: unbundled,
	satisfies: unbundled,
	lte: unbundled,
	gt: unbundled,
};

export default semver;
