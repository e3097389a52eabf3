/**
Categories and priorities as data: the review keys, the report and the rules all read them from here.
*/

/** What kind of problem a failure is. A team's rules file can rename these or add more. */
export type Category = {
	/** Upper-case name used in decisions and exports (`BUG`). */
	readonly name: string;
	/** The single key that sets it in the review (`b`). */
	readonly key: string;
	/** One line for the help overlay and the report. */
	readonly description: string;
	/** A short name for narrow screens (`ENV`); without one, the first word of the name. */
	readonly short?: string;
};

/** How soon a failure needs fixing. */
export type Priority = {
	readonly name: string;
	readonly key: string;
	readonly description: string;
	/** A short name for narrow screens (`MED`). */
	readonly short?: string;
};

export const defaultCategories: readonly Category[] = [
	{
		name: 'BUG',
		key: 'b',
		short: 'BUG',
		description: 'The code under test is wrong: a product defect to fix.',
	},
	{
		name: 'CONFIGURATION',
		key: 'c',
		short: 'CONF',
		description:
			'Settings, versions or dependencies need changing (pool sizes, limits, installed packages, warning filters).',
	},
	{
		name: 'ENVIRONMENT',
		key: 'e',
		short: 'ENV',
		description:
			'The machine or a service failed the test (network, server down, memory, disk, permissions), not the code.',
	},
	{
		name: 'TEST_DESIGN',
		key: 't',
		short: 'TEST',
		description:
			'The test itself is wrong or fragile and needs rewriting, not the code.',
	},
	{
		name: 'UNKNOWN',
		key: 'u',
		short: 'UNK',
		description: 'Not enough evidence yet: read the traceback.',
	},
];

export const defaultPriorities: readonly Priority[] = [
	{
		name: 'HIGH',
		key: '1',
		short: 'HIGH',
		description: 'Fix first: a defect or a blocker.',
	},
	{name: 'MEDIUM', key: '2', short: 'MED', description: 'Fix soon.'},
	{name: 'LOW', key: '3', short: 'LOW', description: 'Fix when convenient.'},
];

/** The category for failures nothing else explains; rules fall back to it. */
export const unknownCategory = 'UNKNOWN';

/**
Keys the review screen uses for something else; a category cannot take them. The keymap imports the
categories, so this list is data here and test/classify/reserved-keys.test.ts checks it covers every
single-key binding of `source/ui/keymap.ts`.
*/
export const reservedKeys: ReadonlySet<string> = new Set([
	'j',
	'k',
	'g',
	'G',
	'a',
	'n',
	'N',
	'#',
	'F',
	'&',
	'S',
	'+',
	'x',
	'z',
	'f',
	's',
	'q',
	'V',
	'/',
	'!',
	'I',
	'R',
	'?',
	'h',
	'l',
	'o',
	'O',
	'y',
	'w',
	' ',
	'1',
	'2',
	'3',
	'4',
	'5',
	'6',
	'7',
	'8',
	'9',
	'0',
]);

export type CategoryMerge = {
	readonly categories: readonly Category[];
	/** Old name → new name, for each default category a team renamed. */
	readonly renames: ReadonlyMap<string, string>;
	readonly errors: readonly string[];
};

/**
Merge a team's categories into a base list. An entry with the key of an existing category replaces it
(a rename, or a new description); an entry with a new key is added at the end. Two entries with one key
are an error: the second would silently take the first's place, and a rule naming the first would then be
told its category is unknown.
*/
export function mergeCategories(
	base: readonly Category[],
	additions: readonly Category[],
): CategoryMerge {
	const categories = [...base];
	const renames = new Map<string, string>();
	const errors: string[] = [];
	const added = new Map<string, string>();
	for (const [index, addition] of additions.entries()) {
		const where = `categories[${index}] (${addition.name})`;
		if (addition.key.length !== 1) {
			errors.push(`${where}: key must be one character, got '${addition.key}'`);
			continue;
		}

		if (reservedKeys.has(addition.key)) {
			errors.push(
				`${where}: key '${addition.key}' is taken by the review screen; choose another (free: ${freeKeys(categories, additions).join(', ')})`,
			);
			continue;
		}

		const earlier = added.get(addition.key);
		if (earlier !== undefined) {
			errors.push(
				`${where}: key '${addition.key}' is already used by ${earlier}; give each category its own key`,
			);
			continue;
		}

		added.set(addition.key, where);
		const sameKey = categories.findIndex(
			category => category.key === addition.key,
		);
		const sameName = categories.findIndex(
			category => category.name === addition.name,
		);
		if (sameName !== -1 && sameName !== sameKey) {
			errors.push(
				`${where}: name '${addition.name}' is already used by key '${categories[sameName]!.key}'`,
			);
			continue;
		}

		if (sameKey === -1) {
			categories.push(addition);
			continue;
		}

		const previous = categories[sameKey]!;
		categories[sameKey] = addition;
		if (previous.name !== addition.name) {
			const original =
				[...renames].find(([, name]) => name === previous.name)?.[0] ??
				previous.name;
			renames.set(original, addition.name);
		}
	}

	return {categories, renames, errors};
}

/**
The letters a category of a rules file can still take: neither the review's nor another category's (the base
list's or the file's own), for the line that refuses a key.
*/
function freeKeys(
	base: readonly Category[],
	additions: readonly Category[],
): string[] {
	const taken = new Set([...base, ...additions].map(category => category.key));
	const isFree = (letter: string) =>
		!reservedKeys.has(letter) && !taken.has(letter);
	const lower = [...'abcdefghijklmnopqrstuvwxyz'].filter(letter =>
		isFree(letter),
	);
	// Upper-case letters (Shift and a letter) only once the lower-case ones are gone.
	return lower.length > 0
		? lower
		: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter(letter => isFree(letter));
}
