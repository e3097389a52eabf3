/**
Rendering a failure's text as pytest prints it: exception chains, fixture lookups, captured logs.
*/
import {type Flavor, rootdir} from './environment.js';
import type {FailureText, FixtureLookup} from './failure.js';
import {type Painter, colors, esc, highlightPython, reset} from './paint.js';
import type {TestItem} from './suite.js';

export function paintLogLine(line: string, color: boolean): string {
	if (!color) {
		return line;
	}

	const level = line.slice(0, 8).trim();
	const code =
		level === 'ERROR' || level === 'CRITICAL'
			? `${esc}1m${esc}31m`
			: level === 'WARNING'
				? `${esc}33m`
				: level === 'INFO'
					? `${esc}32m`
					: `${esc}35m`;
	return `${code}${line.slice(0, 8)}${reset}${line.slice(8)}`;
}

export function renderChain(
	text: FailureText,
	flavor: Flavor,
	paint: Painter,
	color: boolean,
): string[] {
	const lines: string[] = [];
	for (const [index, block] of text.chain.entries()) {
		if (index > 0) {
			lines.push(
				'',
				paint(
					text.chaining === 'cause'
						? 'The above exception was the direct cause of the following exception:'
						: 'During handling of the above exception, another exception occurred:',
					colors.yellow,
				),
			);
		}

		for (const frame of block.frames) {
			lines.push(
				`${paint(frame.path, colors.bold, colors.red)}:${frame.line}: in ${frame.func}`,
				`    ${color ? highlightPython(frame.source) : frame.source}`,
			);
		}

		let isFirstDiffLine = true;
		for (const line of block.lines) {
			const isDiff =
				color &&
				flavor.major === '8' &&
				(line.startsWith('  - ') || line.startsWith('  + '));
			if (isDiff) {
				const body = line.slice(2);
				const code = body.startsWith('-') ? 91 : 92;
				const highlighted = `${isFirstDiffLine ? reset : ''}${esc}${code}m${body}${esc}39;49;00m${esc}90m${esc}39;49;00m`;
				isFirstDiffLine = false;
				lines.push(paint(`E     ${highlighted}`, colors.bold, colors.red));
			} else {
				lines.push(paint(`E   ${line}`, colors.bold, colors.red));
			}
		}
	}

	return lines;
}

export function renderFixtureLookup(
	item: TestItem,
	lookup: FixtureLookup,
	paint: Painter,
): string[] {
	const indent = item.className === undefined ? '  ' : '      ';
	const firstLine = item.decoratorLine ?? item.line;
	const argumentsList = [
		...(item.className === undefined ? [] : ['self']),
		...item.fixtures,
		...(item.argument === undefined ? [] : [item.argument]),
	].join(', ');
	const absolute = `${rootdir}/${item.file}`;
	const lines = [`file ${absolute}, line ${firstLine}`];
	if (item.decoratorLine !== undefined && item.argument !== undefined) {
		lines.push(
			`${indent}@pytest.mark.parametrize("${item.argument}", ${item.argument.toUpperCase()}S)`,
		);
	}

	lines.push(
		`${indent}def ${item.name}(${argumentsList}):`,
		paint(`E       fixture '${lookup.missing}' not found`, colors.red),
		paint(
			`>       available fixtures: ${lookup.available.join(', ')}`,
			colors.red,
		),
		paint(
			">       use 'pytest --fixtures [testpath]' for help on them.",
			colors.red,
		),
		'',
		`${absolute}:${firstLine}`,
	);
	return lines;
}
