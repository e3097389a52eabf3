/** Test helpers: what an XML reader tells its handler, as a list of plain events. */
import {
	decodeText,
	readXml,
	type XmlHandler,
} from '../../../source/log/xml/read-xml.js';
import {readWithSaxes} from '../../../source/log/xml/saxes.js';

export type XmlEvent =
	| ['open', string, Record<string, string | undefined>, number]
	| ['text', string]
	| ['close', string];

function recorder(events: XmlEvent[]): XmlHandler {
	let depth = 0;
	return {
		openTag(name, attributes, position) {
			depth++;
			const record: Record<string, string> = {};
			for (let index = 0; index < attributes.length; index++) {
				record[attributes.nameAt(index)] = attributes.valueAt(index);
			}

			events.push(['open', name, record, position.line]);
		},
		text(bytes, start, end, kind) {
			const text = decodeText(bytes, start, end, kind);
			// Outside the root only white space can be (saxes hands it out, the byte reader does not).
			if (depth === 0) {
				return;
			}

			// Consecutive texts are one text to a reader that joins them (both readers' users do).
			const last = events.at(-1);
			if (last?.[0] === 'text') {
				last[1] += text;
			} else {
				events.push(['text', text]);
			}
		},
		closeTag(name) {
			depth--;
			events.push(['close', name]);
		},
	};
}

async function* chunksOf(parts: readonly Uint8Array[]) {
	for (const part of parts) {
		yield part;
	}
}

/** The events, or the error's message. */
export async function eventsOf(
	parts: readonly Uint8Array[],
	reader: 'bytes' | 'saxes',
): Promise<{events: XmlEvent[]; error?: string}> {
	const events: XmlEvent[] = [];
	try {
		await (reader === 'bytes' ? readXml : readWithSaxes)(
			chunksOf(parts),
			recorder(events),
		);
		return {events};
	} catch (error) {
		return {events, error: (error as Error).message};
	}
}

/** `bytes` cut at `cuts` (offsets, any order). */
export function cut(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
	const offsets = [
		0,
		...cuts.filter(at => at > 0 && at < bytes.length).toSorted((a, b) => a - b),
		bytes.length,
	];
	return offsets
		.slice(1)
		.map((end, index) => bytes.subarray(offsets[index], end));
}
