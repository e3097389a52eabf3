/**
What the byte reader (reader.ts) and saxes (saxes.ts) tell a handler, and the signal that a document is
left to saxes.
*/
import type {Buffer} from 'node:buffer';
import type {XmlAttributes} from './attributes.js';

/** Where a reader is: the line of the start tag just handed out (1-based, where its `>` is). */
export type XmlPosition = {readonly line: number};

/** What a reader of XML is told, in document order. */
export type XmlHandler = {
	openTag(name: string, attributes: XmlAttributes, position: XmlPosition): void;
	/**
	Character data or a CDATA section's content, checked: text.ts `decodeText(bytes, start, end, kind)` is
	its text (valid during the call). One text may come in several pieces.
	*/
	text(bytes: Buffer, start: number, end: number, kind: number): void;
	closeTag(name: string): void;
};

/** The document needs a general parser: nothing has been handed to the handler yet. */
export class XmlNeedsGeneralParser extends Error {
	override name = 'XmlNeedsGeneralParser';
}
