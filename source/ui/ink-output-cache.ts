/**
Ink's frame buffer, made to remember the lines it drew before.

Ink 6 builds each frame from nothing: a new `Output` per render lays every write into a grid of styled
characters (each line tokenized, each character measured), then turns each row back into a string. A key
press in the review changes a few lines of a full screen, yet every line was tokenized and joined again:
most of a frame's time with 10,000 failures.

Here a frame's writes are first grouped by row: what Ink draws on a row depends only on the lines written
to it and where (in order). A row written exactly as in an earlier frame is taken from a cache; the
others are drawn as Ink's own `get` draws them, with less work per cell (draw-rows.ts). Every
`Output` also shares one set of Ink's caches (a line's styled characters, a character's width), whose
styled characters are read by styled-chars.ts. A frame with a horizontal clip, or a transformer that
makes a line break, is left to Ink as it is.

Ink does not export `Output`: it is reached by its file, the module Ink itself uses (the bundle and Node
both resolve it to the one file).
*/
import Output from '../../node_modules/ink/build/output.js';
import {drawRow, type Placement, type RowCaches} from './draw-rows.js';
import {styledCharsOf} from './styled-chars.js';

/** Rows and lines remembered before the caches start again (many screens' worth). */
export const maxCachedEntries = 20_000;

type Transformer = (line: string, index: number) => string;

type Operation =
	| {
			readonly type: 'write';
			readonly x: number;
			readonly y: number;
			readonly text: string;
			readonly transformers: readonly Transformer[];
	  }
	| {
			readonly type: 'clip';
			readonly clip: {
				readonly x1?: number;
				readonly x2?: number;
				readonly y1?: number;
				readonly y2?: number;
			};
	  }
	| {readonly type: 'unclip'};

type InkCaches = {
	readonly widths: Map<string, number>;
	readonly blockWidths: Map<string, number>;
	readonly styledChars: Map<string, unknown>;
};

type OutputInternals = {
	width: number;
	height: number;
	operations: Operation[];
	caches: InkCaches;
};

type Frame = {output: string; height: number};

/** `Output.prototype.get`: called on an Ink `Output`, whose fields TypeScript keeps private. */
export type FrameGet = (this: unknown) => Frame;

type Get = (this: OutputInternals) => Frame;

let isInstalled = false;

/** Makes Ink draw from the rows and lines of earlier frames. Idempotent. */
export function shareInkOutputCaches(): void {
	if (isInstalled) {
		return;
	}

	isInstalled = true;
	const prototype = Output.prototype as unknown as {get: FrameGet};
	prototype.get = cachedGet(prototype.get);
}

/**
The shared caches read a line's styled characters with styled-chars.ts: Ink's own method, the same
characters, without segmenting a line that needs none (most of a first frame's drawing).
*/
function readStyledCharsSooner(caches: InkCaches): void {
	const withMethod = caches as InkCaches & {getStyledChars?: unknown};
	if (typeof withMethod.getStyledChars !== 'function') {
		return;
	}

	withMethod.getStyledChars = (line: string) => {
		let cached = caches.styledChars.get(line);
		if (cached === undefined) {
			cached = styledCharsOf(line);
			caches.styledChars.set(line, cached);
		}

		return cached;
	};
}

/** Ink's `get`, drawing only the rows no earlier frame drew the same way. */
export function cachedGet(ownGet: FrameGet): FrameGet {
	const inkGet = ownGet as Get;
	let shared: (InkCaches & RowCaches) | undefined;
	const rowCache = new Map<string, string>();
	return function (this: unknown): Frame {
		const output = this as OutputInternals;
		if (!isInkCaches(output.caches) || !Array.isArray(output.operations)) {
			return inkGet.call(output);
		}

		const own = output.caches as InkCaches & Partial<RowCaches>;
		if (
			typeof own.getStyledChars !== 'function' ||
			typeof own.getStringWidth !== 'function'
		) {
			return inkGet.call(output);
		}

		if (shared === undefined) {
			shared = own as InkCaches & RowCaches;
			readStyledCharsSooner(shared);
		} else {
			output.caches = shared;
		}

		if (
			rowCache.size > maxCachedEntries ||
			shared.styledChars.size > maxCachedEntries ||
			shared.widths.size > maxCachedEntries ||
			shared.blockWidths.size > maxCachedEntries
		) {
			rowCache.clear();
			shared.styledChars.clear();
			shared.widths.clear();
			shared.blockWidths.clear();
		}

		const rows = placementsByRow(output);
		if (rows === undefined) {
			return inkGet.call(output);
		}

		const keys = rows.map(row => rowKey(row));
		const drawn: string[] = [];
		const missing: number[] = [];
		for (const [y, key] of keys.entries()) {
			const cached = rowCache.get(key);
			if (cached === undefined) {
				missing.push(y);
			} else {
				drawn[y] = cached;
			}
		}

		for (const y of missing) {
			const row = drawRow(shared, output.width, rows[y]!);
			drawn[y] = row;
			rowCache.set(keys[y]!, row);
		}

		return {output: drawn.join('\n'), height: output.height};
	};
}

/**
The lines each row receives, in the order Ink lays them down, as Ink's `get` computes them; undefined
for a frame this does not handle (a horizontal clip, a transformed line with a line break in it).
*/
function placementsByRow(output: OutputInternals): Placement[][] | undefined {
	const rows: Placement[][] = Array.from({length: output.height}, () => []);
	const clips: Array<Extract<Operation, {type: 'clip'}>['clip']> = [];
	for (const operation of output.operations) {
		if (operation.type === 'clip') {
			if (
				typeof operation.clip.x1 === 'number' &&
				typeof operation.clip.x2 === 'number'
			) {
				return undefined;
			}

			clips.push(operation.clip);
			continue;
		}

		if (operation.type === 'unclip') {
			clips.pop();
			continue;
		}

		if (operation.type !== 'write') {
			return undefined;
		}

		const {x, text, transformers} = operation;
		let {y} = operation;
		let lines = text.split('\n');
		const clip = clips.at(-1);
		if (typeof clip?.y1 === 'number' && typeof clip.y2 === 'number') {
			if (y + lines.length < clip.y1 || y > clip.y2) {
				continue;
			}

			const from = y < clip.y1 ? clip.y1 - y : 0;
			const to = y + lines.length > clip.y2 ? clip.y2 - y : lines.length;
			lines = lines.slice(from, to);
			if (y < clip.y1) {
				y = clip.y1;
			}
		}

		// As Ink: a line off the grid is skipped without moving down (so are all after it).
		let offsetY = 0;
		for (let [index, line] of lines.entries()) {
			const row = rows[y + offsetY];
			if (!row) {
				continue;
			}

			for (const transformer of transformers) {
				line = transformer(line, index);
			}

			if (line.includes('\n')) {
				return undefined;
			}

			row.push({x, line});
			offsetY++;
		}
	}

	return rows;
}

/** A row's writes as one string: the column and the length of each line before it, so none collide. */
function rowKey(row: readonly Placement[]): string {
	let key = '';
	for (const {x, line} of row) {
		key += `${x}:${line.length}:${line}`;
	}

	return key;
}

/** Whether Ink's caches still look as this module expects; if not, Ink is left alone. */
function isInkCaches(value: unknown): value is InkCaches {
	const caches = value as Partial<InkCaches> | undefined;
	return (
		caches?.widths instanceof Map &&
		caches.blockWidths instanceof Map &&
		caches.styledChars instanceof Map
	);
}
