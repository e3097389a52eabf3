/**
Colour is decoration: every state also has a textual cue. With NO_COLOR set (https://no-color.org),
views pass no colours at all; bold, dim and inverse stay, as the convention allows.
*/
import process from 'node:process';

export type Theme = {
	/** Whether views may use colours. */
	readonly isColor: boolean;
	/** Whether views may write OSC 8 hyperlinks (`hyperlinks.ts`); absent: no. */
	readonly hasHyperlinks?: boolean;
};

export function themeFromEnvironment(
	environment: NodeJS.ProcessEnv = process.env,
): Theme {
	const noColor = environment['NO_COLOR'];
	return {isColor: noColor === undefined || noColor === ''};
}

/** The colour when colours are on, else nothing. */
export function tint(theme: Theme, color: string): string | undefined {
	return theme.isColor ? color : undefined;
}
