/**
What a JUnit test case's `classname` and (xunit1) `file` say of its pytest node id and file, worked out on
their text: a dotted module path with classes after it, or another tool's class name (junit-ids.ts `CaseIds`
asks, once per class).
*/
/** A dotted classname with a pytest test module in it (`pkg.test_x.TestY`, `pkg.x_tests`). */
export function namesTestModule(classname: string): boolean {
	return classname
		.split('.')
		.some(part => /^test_\w*$|^\w+_tests?$/.test(part));
}

/** What a classname says of its tests' ids when it does not depend on their names: their file and what goes before the name. */
export type ClassSplit = {readonly file: string; readonly head: string};

/** The split of a classname whose tests' ids do not depend on their names (undefined when they do). */
export function classSplit(
	classname: string,
	fileAttribute: string | undefined,
	isPytestSuite: boolean,
): ClassSplit | undefined {
	if (classname === '') {
		// A collection error's shapes depend on its name; another tool's test without a class is its name.
		return undefined;
	}

	// In a pytest suite the classname is a module path whether or not it names a test module.
	const isPytestLike = isPytestSuite || namesTestModule(classname);
	if (!isPytestLike && fileAttribute === undefined) {
		return {file: classname, head: `${classname}::`};
	}

	// Only a classname's split that does not depend on the name is one.
	const probe = splitClassnameOnce(
		classname,
		'\u0000',
		fileAttribute,
		isPytestLike,
	);
	return probe.id.endsWith('::\u0000')
		? {file: probe.file, head: probe.id.slice(0, -1)}
		: undefined;
}

/** The file and node id of a test case whose classname has no split: its id depends on its name. */
export function unsplitIdOf(
	classname: string,
	name: string,
	fileAttribute: string | undefined,
	isPytestSuite: boolean,
): {file: string; id: string} {
	if (!classname && !name) {
		// pytest 7's collection error of the session (its node id is empty).
		return {file: '', id: ''};
	}

	const isTestModule = namesTestModule(classname);
	if (isPytestSuite || fileAttribute !== undefined || isTestModule) {
		return splitClassnameOnce(
			classname,
			name,
			fileAttribute,
			isPytestSuite || isTestModule,
		);
	}

	return {
		file: classname || name,
		id: classname ? `${classname}::${name}` : name,
	};
}

/** The classname from its module on (`pkg.test_x.TestY` of `ci.pkg.test_x.TestY`), when its module is not first. */
function withoutJunitPrefix(classname: string, modulePath: string): string {
	if (classname === modulePath || classname.startsWith(`${modulePath}.`)) {
		return classname;
	}

	const at = classname.indexOf(`.${modulePath}`);
	const after = at + 1 + modulePath.length;
	return at > 0 && (after === classname.length || classname[after] === '.')
		? classname.slice(at + 1)
		: classname;
}

/** An xdist worker's id (`gw0`). */
const xdistWorker = /^gw\d+$/;

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

		// `--junit-prefix=p`: pytest writes `p.` in front of every classname; the `file` shows where the module starts.
		classname = withoutJunitPrefix(classname, modulePath);
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

	if (!classname && name.includes('[')) {
		// A parametrized test whose node id has an empty path (`--pyargs` on a module outside the rootdir, a file given
		// outside it): its name is no module's (`test_colliders[edgelist0-expected0]`).
		return {file: name, id: name};
	}

	if (!classname && xdistWorker.test(name)) {
		// xdist's error of a worker that collected other tests than the first (`Different tests were collected between
		// gw1 and gw0`): the worker's id, as the log's `ERROR gw0` names it, no module's.
		return {file: name, id: name};
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
