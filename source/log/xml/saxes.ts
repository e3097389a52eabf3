/**
The general XML parser (saxes) behind the same handler as the byte reader: for the documents the byte
reader leaves to it (an XML declaration other than version 1.0). The text is decoded as UTF-8 whatever the
declaration says, as the byte reader reads it.
*/
import {SaxesParser, type SaxesTagPlain} from 'saxes';
import type {XmlHandler} from './reader.js';

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
		handler.openTag(tag.name, tag.attributes, parser);
	});
	parser.on('text', text => {
		handler.text(text);
	});
	parser.on('cdata', text => {
		handler.text(text);
	});
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
