import {memo} from 'react';
import {Text} from 'ink';
import type {Hint} from '../review/keymap/help.js';

export type FooterProps = {
	readonly hints: readonly Hint[];
	readonly width: number;
};

/** One line of the keys that work now, as many as fit. */
function FooterView({hints, width}: FooterProps) {
	const textOf = (hint: Hint) => `${hint.keys} ${hint.label}`;
	// Help, quit and back always show; then the category keys (a narrow footer still says how to decide); then
	// the others in keymap order while they fit. They show in keymap order.
	const shown = new Set<Hint>();
	let used = 0;
	const add = (hint: Hint) => {
		const cost = textOf(hint).length + 2;
		if (hint.isEssential || used + cost <= width + 2) {
			shown.add(hint);
			used += cost;
		}
	};

	for (const rank of [
		(hint: Hint) => hint.isEssential,
		(hint: Hint) => !hint.isEssential && hint.isDecision,
		(hint: Hint) => !hint.isEssential && !hint.isDecision,
	]) {
		for (const hint of hints.filter(rank)) {
			add(hint);
		}
	}

	const text = hints
		.filter(hint => shown.has(hint))
		.map(hint => textOf(hint))
		.join('  ');
	return (
		<Text dimColor wrap="truncate-end">
			{text || ' '}
		</Text>
	);
}

export const Footer = memo(FooterView);
