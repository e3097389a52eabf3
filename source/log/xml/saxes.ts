/**
The general XML parser (saxes) behind the same handler as the byte reader: for the documents the byte
reader leaves to it (an XML declaration other than version 1.0). The text is decoded as UTF-8 whatever the
declaration says, as the byte reader reads it (read.ts has re-encoded any other encoding it names).
*/
import {Buffer} from 'node:buffer';
import {SaxesParser, type SaxesTagPlain} from 'saxes';
import {DecodedAttributes} from './attributes.js';
import type {XmlHandler} from './handler.js';
import {plainText} from './text.js';

/** Reads `chunks` with saxes; throws saxes's first error. */
export async function readWithSaxes(
	chunks: AsyncIterable<Uint8Array>,
	handler: XmlHandler,
): Promise<void> {
	const parser = new SaxesParser({xmlns: false, position: true});
	let xmlError: Error | undefined;
	parser.on('error', error => {
		xmlError ??= error;
	});
	parser.on('opentag', (tag: SaxesTagPlain) => {
		handler.openTag(tag.name, new DecodedAttributes(tag.attributes), parser);
	});
	// Its text is decoded already: handed on as UTF-8 with nothing more to decode.
	const onText = (text: string) => {
		const bytes = Buffer.from(text);
		handler.text(bytes, 0, bytes.length, plainText);
	};

	parser.on('text', onText);
	parser.on('cdata', onText);
	parser.on('closetag', (tag: SaxesTagPlain) => {
		handler.closeTag(tag.name);
	});

	const decoder = new TextDecoder('utf-8');
	try {
		for await (const chunk of chunks) {
			parser.write(decoder.decode(chunk, {stream: true}));
			if (xmlError) {
				break;
			}
		}

		if (!xmlError) {
			parser.write(decoder.decode());
			parser.close();
		}
	} catch (error) {
		xmlError ??= error as Error;
	}

	if (xmlError) {
		throw xmlError;
	}
}
