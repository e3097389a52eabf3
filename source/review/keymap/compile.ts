/**
The keymap as the reducer consults it: per mode, key name → action; the preferences' key overrides; and
the checks on a team's keys (conflicts, keys a category must not take).
*/
import {defaultKeymap} from './default-keymap.js';
import {displayKey} from './key-names.js';
import {
	modes,
	type KeyAction,
	type KeyBinding,
	type Keymap,
	type Mode,
} from './types.js';

/**
Replace the keys of bindings by id, in every mode (the preferences' `keymap`: `{"category.BUG": ["b", "B"]}`).
Unknown ids are ignored.
*/
export function withOverrides(
	keymap: Keymap,
	overrides: Readonly<Record<string, readonly string[]>>,
): Keymap {
	const entries = Object.entries(keymap).map(([mode, bindings]) => [
		mode,
		bindings.map(binding =>
			Object.hasOwn(overrides, binding.id)
				? {...binding, keys: [...overrides[binding.id]!]}
				: binding,
		),
	]);
	return Object.fromEntries(entries) as Keymap;
}

/** Per mode, key name → action: what the reducer consults on every key press. */
export type CompiledKeymap = ReadonlyMap<Mode, ReadonlyMap<string, KeyAction>>;

export function compileKeymap(keymap: Keymap): CompiledKeymap {
	const compiled = new Map<Mode, Map<string, KeyAction>>();
	for (const mode of modes) {
		const table = new Map<string, KeyAction>();
		// Fixed keys first: a team's category or priority cannot shadow a built-in key.
		const bindings = keymap[mode].toSorted(
			(a, b) => Number(isDecisionKey(a)) - Number(isDecisionKey(b)),
		);
		for (const binding of bindings) {
			for (const key of binding.keys) {
				if (!table.has(key)) {
					table.set(key, binding.action);
				}
			}
		}

		compiled.set(mode, table);
	}

	return compiled;
}

function isDecisionKey(binding: KeyBinding): boolean {
	return (
		binding.action.type === 'category' || binding.action.type === 'priority'
	);
}

/** Keys bound twice in one mode (a team's category on a built-in key): the later binding never fires. */
export function keyConflicts(keymap: Keymap): string[] {
	const conflicts: string[] = [];
	for (const mode of modes) {
		const seen = new Map<string, string>();
		const bindings = keymap[mode].toSorted(
			(a, b) => Number(isDecisionKey(a)) - Number(isDecisionKey(b)),
		);
		for (const binding of bindings) {
			for (const key of binding.keys) {
				const previous = seen.get(key);
				if (previous === undefined) {
					seen.set(key, binding.id);
				} else if (previous !== binding.id) {
					conflicts.push(
						`key ${displayKey(key)} is taken by ${previous}; ${binding.id} cannot use it`,
					);
				}
			}
		}
	}

	return [...new Set(conflicts)];
}

/** Single-character keys the screen uses for fixed actions: a category must not take one. */
export function reservedKeysOf(keymap: Keymap = defaultKeymap): Set<string> {
	const reserved = new Set<string>();
	for (const mode of modes) {
		for (const binding of keymap[mode]) {
			if (isDecisionKey(binding)) {
				continue;
			}

			for (const key of binding.keys) {
				if (key.length === 1) {
					reserved.add(key);
				}
			}
		}
	}

	reserved.add(' ');
	return reserved;
}
