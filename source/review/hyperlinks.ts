/**
Terminal hyperlinks (OSC 8): an issue's reference on screen opens its URL where the terminal can. Whether
it can is guessed conservatively (`supports-hyperlinks`: only terminals known to support them, never when
stdout is not a terminal, `TERM=dumb` or colours are off); `TRIAGE_HYPERLINKS=1` or `0` decides instead.
A terminal that does not know OSC 8 may print its bytes, so when in doubt there are none.
*/
import process from 'node:process';
import {createSupportsHyperlinks} from 'supports-hyperlinks';

/** Whether the review may write hyperlinks to `stream`. */
export function hyperlinksFromEnvironment(
	environment: NodeJS.ProcessEnv = process.env,
	stream: {readonly isTTY?: boolean} = process.stdout,
): boolean {
	const forced = environment['TRIAGE_HYPERLINKS'];
	if (forced !== undefined && forced !== '') {
		return /^(?:1|on|true|yes)$/i.test(forced);
	}

	if (!stream.isTTY || (environment['TERM'] ?? 'dumb') === 'dumb') {
		return false;
	}

	return createSupportsHyperlinks(stream);
}

/** Printable ASCII without the space: all a hyperlink's target may hold. */
const printable = /^[\u0021-\u007E]+$/;

/**
`text` as an OSC 8 hyperlink to `url`. The caller passes text already made safe (`sanitizeLine`); a URL
with anything but printable ASCII (`issue-link.ts` never makes one) is not linked.
*/
export function terminalLink(text: string, url: string | undefined): string {
	if (url === undefined || !printable.test(url)) {
		return text;
	}

	return `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;
}
