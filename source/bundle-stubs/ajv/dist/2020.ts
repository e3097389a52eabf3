/**
conf imports ajv at load but uses it only for a schema, and prefs.ts gives conf none (it checks what it
reads itself): the bundle replaces ajv with this, half of what the review's chunk had to compile at start
(see package.json's build). Reached only if conf were given a schema (`new Ajv2020()` throws).
*/
export function Ajv2020(): never {
	throw new Error('ajv is not bundled: conf was given a schema');
}
