import {useEffect, useState} from 'react';
import {useStdout} from 'ink';
import {defaultViewport, type Viewport} from '../review/layout.js';

function sizeOf(stdout: NodeJS.WriteStream): Viewport {
	return {
		rows: stdout.rows > 0 ? stdout.rows : defaultViewport.rows,
		columns: stdout.columns > 0 ? stdout.columns : defaultViewport.columns,
	};
}

/** The terminal's rows and columns (24×80 when unknown), following resizes. */
export function useTerminalSize(): Viewport {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));
	useEffect(() => {
		const onResize = () => {
			setSize(previous => {
				const next = sizeOf(stdout);
				return next.rows === previous.rows && next.columns === previous.columns
					? previous
					: next;
			});
		};

		onResize();
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
