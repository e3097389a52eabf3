/**
Text made safe for GitHub-flavoured Markdown (`markdown.ts`): a table cell, a code span, a clipped headline.
*/

import {escapeControls, escapeIdControls} from '../log/sanitize.js';
import {longestLength} from '../text.js';

/**
Backslash-escapes what would otherwise be markup inside a table cell (CommonMark allows a backslash
before any ASCII punctuation): emphasis, code, links, strikethrough, GitHub's `$` math, the cell
separator `|` and the backslash itself.
*/
const markup = /[\\`*_[\]|~$]/g;

/**
One line for a table cell: line breaks and tabs become spaces, every other control, zero-width or bidi character its
escape (`\x9b`, `\u202e`). `isId`: a test's id (in code spans and a cluster's summary), whose backslash before an
escape's text is doubled (`escapeIdControls`) so that two ids never read as one; a message keeps the log's text.
*/
function oneLine(text: string, isId = false): string {
	const line = text.replaceAll(/\r\n|[\n\t\u2028\u2029]/g, ' ');
	return isId ? escapeIdControls(line) : escapeControls(line);
}

/** One line (`oneLine`) with no markup, no HTML, no entities. */
function withoutMarkup(line: string): string {
	return line
		.replaceAll(markup, character => `\\${character}`)
		.replaceAll(/&(?=#?\w+;)/g, '&amp;')
		.replaceAll('<', '&lt;');
}

/** Plain text made safe for one table cell: one line, no markup, no HTML, no entities. */
export function escapeCell(text: string): string {
	return withoutMarkup(oneLine(text));
}

/**
What GitHub links in text: a mention (`@ada`, `@org/team`: it notifies them), an issue or pull request
(`#12`, `GH-12`, `owner/repo#12`), a commit (`user@sha`). Not after a letter, digit or backtick: `a@b.c` is an
address.
*/
const references =
	/(?<![\w`])(?:@[A-Za-z\d][\w-]*(?:\/[\w.-]+)?|(?:[\w.-]+(?:\/[\w.-]+)?)?#\d+|GH-\d+)/g;

/**
Text from a log for one table cell, as `escapeCell` makes it, with what GitHub would link set as a code span: a
headline's `@admin` or `#3` is text that names no one here (GitHub links nothing in code), and pasting the
table into an issue must not notify a stranger or add a link to someone's issue.
*/
export function escapeLogCell(text: string): string {
	const line = oneLine(text);
	let cell = '';
	let end = 0;
	for (const match of line.matchAll(references)) {
		// `line` is one line already, escaped once.
		cell += `${withoutMarkup(line.slice(end, match.index))}\`${match[0]}\``;
		end = match.index + match[0].length;
	}

	return cell + withoutMarkup(line.slice(end));
}

/**
Text from a log inside an HTML block (a `<details>`' `<summary>`), where GitHub reads no Markdown: a backslash
would show as one, so `<`, `>` and `&` are entities, and what GitHub would link is in `<code>`.
*/
export function escapeLogHtml(text: string): string {
	return oneLine(text, true)
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll(references, reference => `<code>${reference}</code>`);
}

/** Named entities for the characters HTML reads; the rest of `inHtmlCode` are numeric. */
const htmlEntities: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
};

/**
What must be an entity between `<code>` and `</code>` in Markdown: HTML's own characters, and what Markdown still
reads there (the text between two inline tags is Markdown: a backslash escapes, a backtick opens a code span, `*`
emphasis), and the table's `|`.
*/
const inHtmlCode = /[&<>|\\`*_[\]~$]/g;

/**
Text as a code span inside a table cell. The fence is one backtick longer than the longest run of
backticks in the text, with a space on each side when the text starts or ends with a backtick or a
space (CommonMark strips exactly one). A table reads `\|` as a pipe even inside a code span; a
backslash right before a pipe cannot be written that way, so such text becomes an HTML `<code>`, with
every character Markdown would read in it an entity (`test[a\\|b]`, a regular expression's id, lost its
backslash and showed `&#124;`).
*/
export function codeSpan(text: string): string {
	const line = oneLine(text, true);
	if (line.includes('\\|')) {
		const html = line.replaceAll(
			inHtmlCode,
			character => htmlEntities[character] ?? `&#${character.codePointAt(0)!};`,
		);
		return `<code>${html}</code>`;
	}

	const longest = longestLength(line.match(/`+/g) ?? []);
	const fence = '`'.repeat(longest + 1);
	const pad = /^[` ]|[` ]$/.test(line) ? ' ' : '';
	return `${fence}${pad}${line.replaceAll('|', '\\|')}${pad}${fence}`;
}

export function clip(text: string, length: number): string {
	const characters = [...text];
	return characters.length > length
		? `${characters.slice(0, length).join('')}…`
		: text;
}
