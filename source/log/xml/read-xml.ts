/**
Reads an XML document from a stream of bytes into a handler: with the byte reader (reader.ts), or with
saxes for a document the byte reader leaves to it (it says so before it has handed anything out, and saxes
gets the same bytes from the start).
*/
import {Buffer} from 'node:buffer';
import {XmlNeedsGeneralParser, type XmlHandler} from './handler.js';
import {XmlByteReader} from './reader.js';
import {readWithSaxes} from './saxes.js';
import {XmlSyntaxError} from './text.js';

export {decodeText, XmlSyntaxError} from './text.js';
export type {XmlAttributes} from './attributes.js';
export type {XmlHandler, XmlPosition} from './handler.js';

/** A one-line reason the document cannot be read, and whether it looks cut short. */
export function describeXmlError(error: Error): {
	message: string;
	isTruncated: boolean;
} {
	const message = error.message.split('\n')[0]!;
	return {
		message,
		isTruncated:
			error instanceof XmlSyntaxError
				? error.isTruncated
				: /unclosed|unexpected end|incomplete/i.test(message),
	};
}

/** Reads `chunks` into `handler`; throws the document's first error (describeXmlError says it in a line). */
export async function readXml(
	chunks: AsyncIterable<Uint8Array>,
	handler: XmlHandler,
): Promise<void> {
	const reader = new XmlByteReader(handler);
	const iterator = chunks[Symbol.asyncIterator]();
	// The chunks before the root element: what saxes is given again if the reader leaves the document to it.
	const beforeRoot: Uint8Array[] = [];
	try {
		for (;;) {
			const next = await iterator.next();
			if (next.done) {
				break;
			}

			if (!reader.hasStarted) {
				// A copy: a file's chunks share one buffer (log-bytes.ts).
				beforeRoot.push(Buffer.from(next.value));
			}

			reader.push(next.value);
			if (reader.hasStarted) {
				beforeRoot.length = 0;
			}
		}

		reader.end();
	} catch (error) {
		if (!(error instanceof XmlNeedsGeneralParser)) {
			throw error;
		}

		await readWithSaxes(
			(async function* () {
				yield* beforeRoot;
				for (;;) {
					const next = await iterator.next();
					if (next.done) {
						return;
					}

					yield next.value;
				}
			})(),
			handler,
		);
	}
}
