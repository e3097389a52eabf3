/**
A decision's issue link: the reference a person gives (`#123`, `JIRA-45`, `org/repo#7`, or a URL), checked
once where it comes in (the review's `#` key, `triage decide --issue`), and the URL it stands for: the
reference itself when it is a URL, else the rules file's `issueUrl` template with the reference in place
of `%s` (as Allure's issue links do). The journal keeps the reference only, so a new template re-links
every decision.

Everything here is plain data. The reference is untrusted text (a spreadsheet, a log, a person): it is
refused when it holds a space or a control character, and a URL made from it is percent-encoded, so that
neither can carry an escape sequence into a terminal hyperlink or a Markdown link.
*/

/** An issue reference and, when one can be made, its URL. */
export type IssueLink = {
	readonly ref: string;
	/** Absent: the reference is not a URL and no `issueUrl` template is set. */
	readonly url?: string;
};

/** Longer than any tracker's id or a sane URL: a paste of something else. */
export const maximumIssueLength = 500;

/** Printable ASCII without the space: what a reference or a URL may hold (after `%`-encoding). */
const printable = /^[\u0021-\u007E]+$/;
const webUrl = /^https?:\/\//i;

/**
A reference as typed, checked: trimmed; empty means no issue (`undefined`). Anything but one word of
printable characters (letters of any script are fine) is refused with a message.
*/
export function parseIssueRef(
	text: string,
): {readonly ref: string | undefined} | {readonly error: string} {
	const ref = text.trim();
	if (ref === '') {
		return {ref: undefined};
	}

	if ([...ref].length > maximumIssueLength) {
		return {
			error: `an issue reference is at most ${maximumIssueLength} characters`,
		};
	}

	// Letters of any script, digits, punctuation and symbols; no spaces, controls, or invisible marks.
	if (!/^[\p{L}\p{M}\p{N}\p{P}\p{S}]+$/u.test(ref)) {
		return {
			error:
				// Short enough for the review's line under the text being typed (80 columns).
				'an issue reference is one word, such as #123, JIRA-45 or a URL: no spaces',
		};
	}

	if (webUrl.test(ref) && urlOf(ref) === undefined) {
		return {error: 'that issue URL is not a valid http(s) URL'};
	}

	return {ref};
}

/** A URL as the terminal and Markdown get it: parsed, percent-encoded, printable ASCII only; else undefined. */
function urlOf(text: string): string | undefined {
	if (!URL.canParse(text)) {
		return undefined;
	}

	const url = new URL(text);
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return undefined;
	}

	return printable.test(url.href) ? url.href : undefined;
}

/**
The URL of a reference: the reference when it is an http(s) URL; else the template's `%s` replaced by the
reference percent-encoded, without a leading `#` (`#123` with `…/issues/%s` is `…/issues/123`).
*/
export function issueUrlOf(
	ref: string,
	template: string | undefined,
): string | undefined {
	if (webUrl.test(ref)) {
		return urlOf(ref);
	}

	if (template === undefined) {
		return undefined;
	}

	const other = crossRepository.exec(ref);
	if (other) {
		return otherRepositoryUrl(other[1]!, other[2]!, template);
	}

	const id = ref.startsWith('#') && ref.length > 1 ? ref.slice(1) : ref;
	return urlOf(template.replace('%s', encodeURIComponent(id)));
}

/** GitHub's, GitLab's and Gitea's reference to an issue of another repository: `owner/repo#7`. */
const crossRepository = /^(\w[\w.-]*\/\w[\w.-]*)#(\d+)$/;
/** A template of such a forge: `…/owner/repo/issues/%s` (GitLab: `…/-/issues/%s`). */
const forgeTemplate = /^(https?:\/\/.+?)\/[^/]+\/[^/]+(\/(?:-\/)?issues\/)%s$/i;

/**
`owner/repo#7` with a forge's template: the template's repository replaced by that one (the template's own
`…/org/repo/issues/%s` with `%s` as `org%2Fother%237` was no page). Another tracker's template has no URL for it.
*/
function otherRepositoryUrl(
	repository: string,
	number: string,
	template: string,
): string | undefined {
	const forge = forgeTemplate.exec(template);
	return forge
		? urlOf(`${forge[1]!}/${repository}${forge[2]!}${number}`)
		: undefined;
}

/** The link of a decision's issue, or undefined when it has none. */
export function issueLinkOf(
	ref: string | undefined,
	template: string | undefined,
): IssueLink | undefined {
	if (ref === undefined || ref === '') {
		return undefined;
	}

	const url = issueUrlOf(ref, template);
	return url === undefined ? {ref} : {ref, url};
}
