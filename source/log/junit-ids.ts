/**
What a JUnit test case's `classname`, `name` and (xunit1) `file` say of its pytest node id and file: a
dotted module path with classes after it, or another tool's class name.
*/
import {Buffer} from 'node:buffer';

/** A dotted classname with a pytest test module in it (`pkg.test_x.TestY`, `pkg.x_tests`). */
export function namesTestModule(classname: string): boolean {
	return classname
		.split('.')
		.some(part => /^test_\w*$|^\w+_tests?$/.test(part));
}

/**
A report of a hundred thousand test cases names a few thousand classes: what each classname says of the id
(`file`, and what goes before the test's name) is worked out once.
*/
const classnames = new Map<string, {file: string; head: string} | undefined>();

export function splitClassname(
	classname: string,
	name: string,
	fileAttribute: string | undefined,
	isPytestLike: boolean,
): {file: string; id: string} {
	if (classname === '') {
		// A collection error's shapes depend on its name.
		return splitClassnameOnce(classname, name, fileAttribute, isPytestLike);
	}

	const key = `${isPytestLike ? 1 : 0}${fileAttribute ?? ''}\u0000${classname}`;
	let split = classnames.get(key);
	if (!classnames.has(key)) {
		// Only a classname's split that does not depend on the name is kept.
		const probe = splitClassnameOnce(
			classname,
			'\u0000',
			fileAttribute,
			isPytestLike,
		);
		// Copies of their own: slices of the attribute would keep the decoded XML around them alive.
		split = probe.id.endsWith('::\u0000')
			? {
					file: Buffer.from(probe.file).toString(),
					head: Buffer.from(probe.id.slice(0, -1)).toString(),
				}
			: undefined;
		if (classnames.size >= 50_000) {
			classnames.clear();
		}

		// The key as a string of its own too: it is built from a slice of the decoded XML.
		classnames.set(Buffer.from(key).toString(), split);
	}

	return split === undefined
		? splitClassnameOnce(classname, name, fileAttribute, isPytestLike)
		: {file: split.file, id: split.head + name};
}

function splitClassnameOnce(
	classname: string,
	name: string,
	fileAttribute: string | undefined,
	isPytestLike: boolean,
): {file: string; id: string} {
	if (fileAttribute) {
		const file = fileAttribute.replaceAll('\\', '/');
		const modulePath = file.replace(/\.py$/, '').replaceAll('/', '.');
		if (!classname && name === modulePath) {
			// xunit1's collection error: no classname, the dotted module as name, the file beside it.
			return {file, id: file};
		}

		const isOwnModule =
			classname === modulePath || classname.startsWith(`${modulePath}.`);
		// pytest's xunit1 `file` is where the test function is defined: for a method inherited from a base
		// class in another module, or a Hypothesis state machine's `runTest`, that is not the test's module.
		// The classname still names the test's own module, as in xunit2.
		if (isOwnModule || !isPytestLike || !classname) {
			let classes = classname;
			if (classes === modulePath) {
				classes = '';
			} else if (classes.startsWith(`${modulePath}.`)) {
				classes = classes.slice(modulePath.length + 1);
			} else {
				const parts = classname.split('.');
				const index = parts.findIndex(
					(part, position) => position > 0 && /^[A-Z]/.test(part),
				);
				classes = index === -1 ? '' : parts.slice(index).join('.');
			}

			const middle = classes ? `::${classes.replaceAll('.', '::')}` : '';
			return {file, id: `${file}${middle}::${name}`};
		}
	}

	if (!classname) {
		// pytest's collection errors: classname "" and the dotted module path as name.
		const file = `${name.replaceAll('.', '/')}.py`;
		return {file, id: file};
	}

	const parts = classname.split('.');
	let classStart = parts.findIndex(
		(part, position) => position > 0 && /^[A-Z]/.test(part),
	);
	if (classStart === -1) {
		classStart = parts.length;
	}

	const file = `${parts.slice(0, classStart).join('/')}.py`;
	const classes = parts.slice(classStart);
	const middle = classes.length > 0 ? `::${classes.join('::')}` : '';
	return {file, id: `${file}${middle}::${name}`};
}
