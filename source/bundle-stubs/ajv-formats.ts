/** conf imports ajv-formats only for a schema's validator; see `ajv/dist/2020.ts` here. */
export default function ajvFormats(): never {
	throw new Error('ajv-formats is not bundled: conf was given a schema');
}
