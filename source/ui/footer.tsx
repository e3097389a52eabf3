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
	// Help, quit and back always show; the others in keymap order while they fit.
	let used = hints
		.filter(hint => hint.isEssential)
		.reduce((sum, hint) => sum + textOf(hint).length + 2, 0);
	const shown = new Set<Hint>();
	for (const hint of hints) {
		if (hint.isEssential) {
			shown.add(hint);
			continue;
		}

		const cost = textOf(hint).length + 2;
		if (used + cost <= width + 2) {
			shown.add(hint);
			used += cost;
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
