/**
Draw Ink's last frame again, whole, on a screen something else wiped: back from the shell (Ctrl+Z, `fg`) or from
the editor. Ink's own `clear()` forgets what it drew and then tells its writer that the last frame is still on
screen, so the next render, when the frame is unchanged ("back from the shell" said a second time), draws
nothing: the screen stayed blank until a key changed it (QA 41).

Ink keeps its instances by output stream (its module `instances.js`, reached by file as ink-output-cache.ts
reaches `Output`). Its writer is told the screen is empty, then the last frame is written through it. Where the
instance is not found (another Ink), its `clear()` is all there is.
*/
import type {Instance} from 'ink';
import instances from '../../node_modules/ink/build/instances.js';

type InkInternals = {
	readonly log?: {clear?: () => void};
	readonly restoreLastOutput?: () => void;
};

export function redrawFrame(
	ink: Pick<Instance, 'clear'>,
	stdout: NodeJS.WriteStream = process.stdout,
): void {
	const instance = instances.get(stdout) as InkInternals | undefined;
	if (
		typeof instance?.log?.clear !== 'function' ||
		typeof instance.restoreLastOutput !== 'function'
	) {
		ink.clear();
		return;
	}

	instance.log.clear();
	instance.restoreLastOutput();
}
