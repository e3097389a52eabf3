import fc from 'fast-check';
import {expect, test} from 'vitest';
import {messageTextOf} from '../../../source/classify/rules/match.js';

/** The message text as its definition says: the headline, then each `E` line's text, at most 64 KiB. */
function byDefinition(headline: string, traceback: string): string {
	const lines = [headline];
	let length = headline.length;
	for (const line of traceback.split('\n')) {
		if (length > 64 * 1024) {
			break;
		}

		if (line.startsWith('E ') || line.startsWith('E\t')) {
			const text = line.slice(1).trim();
			lines.push(text);
			length += text.length + 1;
		}
	}

	const text = lines.join('\n');
	return text.length > 64 * 1024 ? text.slice(0, 64 * 1024) : text;
}

const line = fc.oneof(
	fc.constantFrom(
		'E',
		'E ',
		'E\t',
		'EE x',
		'E   assert 1 == 2',
		'  E x',
		'Ex',
		'',
	),
	fc.string({maxLength: 12}).map(text => `E ${text}`),
	fc.string({maxLength: 12}),
);

test('the message text is the headline and the E lines, however the traceback is cut', () => {
	fc.assert(
		fc.property(
			fc.string({maxLength: 8}),
			fc.array(line, {maxLength: 12}),
			(headline, lines) => {
				const traceback = lines.join('\n');
				expect(messageTextOf({headline, traceback})).toBe(
					byDefinition(headline, traceback),
				);
			},
		),
		{numRuns: 2000},
	);
});

test('a traceback of long E lines stops at 64 KiB', () => {
	const traceback = Array.from(
		{length: 40},
		() => `E ${'x'.repeat(4000)}`,
	).join('\n');
	const text = messageTextOf({headline: 'Boom', traceback});
	expect(text).toBe(byDefinition('Boom', traceback));
	expect(text.length).toBe(64 * 1024);
});
