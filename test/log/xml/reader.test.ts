import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {cut, eventsOf} from './events.js';

const root = path.resolve(import.meta.dirname, '../../..');

/** Every XML fixture, this repository's and the shared real ones. */
function fixtureXml(): string[] {
	const folders = ['fixtures', '../shared/fixtures']
		.map(folder => path.join(root, folder))
		.filter(folder => fs.existsSync(folder));
	return execFileSync(
		'find',
		[...folders, '-name', '*.xml', '-o', '-name', '*.xml.gz'],
		{encoding: 'utf8'},
	)
		.trim()
		.split('\n')
		.filter(Boolean)
		.toSorted();
}

function bytesOf(file: string): Uint8Array {
	const bytes = fs.readFileSync(file);
	return file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes;
}

async function expectSameAsSaxes(parts: Uint8Array[]) {
	const bytes = Buffer.concat(parts);
	const saxes = await eventsOf([bytes], 'saxes');
	const ours = await eventsOf(parts, 'bytes');
	if (saxes.error === undefined) {
		expect(ours.error).toBeUndefined();
		expect(ours.events).toEqual(saxes.events);
	} else {
		expect(ours.error, `saxes: ${saxes.error}`).toBeDefined();
		expect(ours.error).not.toContain('\n');
	}
}

describe('the byte reader tells what saxes tells', () => {
	const files = fixtureXml();
	test('there are XML fixtures', () => {
		expect(files.length).toBeGreaterThan(50);
	});

	test.each(files.map(file => [path.relative(root, file), file]))(
		'%s, whole and cut into pieces',
		async (_name, file) => {
			const bytes = bytesOf(file);
			await expectSameAsSaxes([bytes]);
			const cuts = Array.from(
				{length: 24},
				(_, index) => (index * 7919 * 13) % bytes.length,
			);
			await expectSameAsSaxes(cut(bytes, cuts));
			// One byte at a time across the start: the declaration, a BOM, the first tags cut anywhere.
			await expectSameAsSaxes(
				cut(
					bytes,
					Array.from({length: 300}, (_, index) => index + 1),
				),
			);
		},
	);

	const documents: Array<[string, string]> = [
		[
			'references and CDATA',
			'<r a="x &amp; &lt;y&gt; &quot;q&quot; &apos;s&apos; &#65;&#x1F600;">1 &lt; 2 &#x263A; <![CDATA[<raw> & ]]]]> tail</r>',
		],
		[
			'line ends in text and attributes',
			'<?xml version="1.0"?>\r\n<r\r\n a="one\r\ntwo\tthree\rfour">\r\nx\ry\r\n<c\n/>\r</r>\r\n',
		],
		[
			'comments, instructions and a doctype with an internal subset',
			'<?xml version="1.0" encoding="latin-1" standalone="yes"?><!DOCTYPE r [<!ELEMENT r ANY> <!-- ] -->]><!-- before --><?pi some data?><r><!-- in --><?p?>t</r><!-- after -->\n',
		],
		['a byte order mark', '\uFEFF<?xml version="1.0"?><r>ü</r>'],
		['text beyond ASCII', '<r n="Zürich ☃ 😀">Ærø — 日本 😀</r>'],
		['XML 1.1 is left to saxes', '<?xml version="1.1"?><r>\u0085x</r>'],
		['a mismatched end tag', '<r><a></b></r>'],
		['an unclosed element', '<r><a>text'],
		['cut inside a tag', '<r><a b="'],
		['an undefined entity', '<r>&nbsp;</r>'],
		['a bare ampersand', '<r>a & b</r>'],
		['a disallowed character', '<r>a\u0001b</r>'],
		['a disallowed character reference', '<r>&#x1B;</r>'],
		[']]> in text', '<r>a]]>b</r>'],
		['a duplicate attribute', '<r a="1" a="2"/>'],
		['< in an attribute', '<r a="<"/>'],
		['an unquoted attribute', '<r a=1/>'],
		['no space between attributes', '<r a="1"b="2"/>'],
		['text before the root', 'x<r/>'],
		['two roots', '<r/><s/>'],
		['no root at all', '<?xml version="1.0"?>'],
		['a declaration not at the start', ' <?xml version="1.0"?><r/>'],
		['U+FFFE in text', '<r>a\uFFFEb</r>'],
		['U+FFFF in an attribute', '<r a="x\uFFFF"/>'],
		[
			'U+FFFD and U+EFFF are characters',
			'<r a="\uFFFD\uEFFF">\uFFFD\uEFFF</r>',
		],
		['a name beyond ASCII, closed', '<r><é a="ü">x</é></r>'],
		['a name beyond ASCII, closed by another', '<r><é>x</è></r>'],
		['< before a bad reference in an attribute', '<r a="&nbsp; <"/>'],
		[
			'a bad reference before a disallowed character in text',
			'<r>&nbsp; \u0001</r>',
		],
		['a bad reference before ]]> in text', '<r>&nbsp; ]]></r>'],
		['a character reference in an attribute', '<r a="&#9;&#x41;&#10;b"/>'],
		['a reference with no semicolon near', `<r>&${'a'.repeat(70)};</r>`],
		['CR in CDATA', '<r><![CDATA[a\r\nb\rc]]></r>'],
	];
	test.each(documents)('%s', async (_name, text) => {
		await expectSameAsSaxes([Buffer.from(text)]);
		const bytes = Buffer.from(text);
		await expectSameAsSaxes(
			cut(
				bytes,
				Array.from({length: bytes.length}, (_, index) => index),
			),
		);
	});

	test('tokens longer than what is joined to a cut token: in chunks of 1 KiB, 10 KiB and 100 KiB', async () => {
		// An attribute, a line of text and a comment of 150,000 bytes each, between short tags and CR LFs: a
		// token cut by a chunk's end is read with the next chunk's first 64 KiB, and waits when that is not
		// enough; line numbers go on across the joins.
		const long = 'x'.repeat(150_000);
		const text = [
			'<?xml version="1.0"?>\r\n<r>',
			...Array.from(
				{length: 40},
				(_, index) => `<a i="${index}">&lt;${index}&gt;</a>\r\n`,
			),
			`<b v="${long}"/>\n<c>${long}</c>\n<!--${long}-->\n`,
			...Array.from({length: 40}, (_, index) => `<a i="${index}"/>\n`),
			`<d>${long}\n${long}</d>`,
			'</r>\n',
		].join('');
		const bytes = Buffer.from(text);
		for (const size of [1024, 10_240, 102_400]) {
			await expectSameAsSaxes(
				cut(
					bytes,
					Array.from(
						{length: Math.ceil(bytes.length / size)},
						(_, index) => index * size,
					),
				),
			);
		}
	});

	test('an error says its line, in one line', async () => {
		const {error} = await eventsOf(
			[Buffer.from('<r>\n<a>\n</b></r>')],
			'bytes',
		);
		expect(error).toBe('line 3: unexpected close tag b (expected a)');
	});

	test('any cut of a fixture reads the same', async () => {
		const bytes = bytesOf(
			files.find(file => file.includes('subtests-p9-v')) ?? files[0]!,
		);
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.nat({max: bytes.length}), {maxLength: 40}),
				async cuts => {
					const whole = await eventsOf([bytes], 'bytes');
					const pieces = await eventsOf(cut(bytes, cuts), 'bytes');
					expect(pieces).toEqual(whole);
				},
			),
			{numRuns: 50},
		);
	});
});
