import type {CapturedSection} from './model.js';
import {stripAnsi} from './ansi.js';
import {toErrorLine, toFrameEndLine} from './traceback.js';

/**
The parts of one pytest-reportlog record, read defensively: a record is `json.dumps` of whatever `pytest_report_to_serializable` returned, and a plugin can leave `null` where pytest writes an object.
*/

export type Crash = {path: string; lineno: number; message: string};

/** The keys read from the parts of a record; every part is checked before it is read. */
type Fields = Partial<
	Record<
		| 'path'
		| 'lineno'
		| 'message'
		| 'chain'
		| 'reprtraceback'
		| 'reprentries'
		| 'data'
		| 'lines'
		| 'reprfileloc'
		| 'reprcrash'
		| '$report_type',
		unknown
	>
>;

/** A JSON object (not null, not an array): what every part of a report record must be before it is read. */
export function isObject(value: unknown): value is Fields {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function crashOf(value: unknown): Crash | undefined {
	if (
		isObject(value) &&
		typeof value.path === 'string' &&
		typeof value.lineno === 'number' &&
		typeof value.message === 'string'
	) {
		return {path: value.path, lineno: value.lineno, message: value.message};
	}

	return undefined;
}

function arrayOf(value: unknown): unknown[] {
	return Array.isArray(value) ? (value as unknown[]) : [];
}

/** The traceback lines of a serialized longrepr; entries of an unexpected shape (`null`) are counted in `skipped`. */
export function longreprLines(longrepr: unknown): {
	lines: string[];
	skipped: number;
} {
	if (typeof longrepr === 'string') {
		return {lines: longrepr.split('\n'), skipped: 0};
	}

	if (!isObject(longrepr)) {
		return {lines: [], skipped: 0};
	}

	const lines: string[] = [];
	let skipped = 0;
	const chain = arrayOf(longrepr.chain);
	const parts =
		chain.length > 0
			? chain.map(link => (Array.isArray(link) ? (link[0] as unknown) : link))
			: [longrepr.reprtraceback ?? {}];
	for (const part of parts) {
		if (!isObject(part)) {
			skipped++;
			continue;
		}

		for (const entry of arrayOf(part.reprentries)) {
			const data = isObject(entry) ? entry.data : undefined;
			if (!isObject(data)) {
				skipped++;
				continue;
			}

			for (const line of arrayOf(data.lines)) {
				if (typeof line === 'string') {
					lines.push(line);
				}
			}

			const location = crashOf(data.reprfileloc);
			if (location) {
				lines.push(
					'',
					toFrameEndLine(location.path, location.lineno, location.message),
				);
			}
		}
	}

	const crash = crashOf(longrepr.reprcrash);
	if (lines.length === 0 && crash) {
		lines.push(toErrorLine(crash.message));
	}

	return {lines, skipped};
}

/** `[name, text]` pairs; anything else in `sections` (`null`) is counted in `skipped`. */
export function sectionsOf(sections: unknown): {
	captured: CapturedSection[];
	skipped: number;
} {
	const captured: CapturedSection[] = [];
	let skipped = 0;
	for (const section of arrayOf(sections)) {
		if (
			Array.isArray(section) &&
			typeof section[0] === 'string' &&
			typeof section[1] === 'string'
		) {
			captured.push({name: section[0], text: stripAnsi(section[1])});
		} else {
			skipped++;
		}
	}

	return {captured, skipped};
}

/** A node id from a report's `location` (`[path, line, "TestA.test_b[x]"]`), for a record whose `nodeid` is missing. */
export function idFromLocation(location: unknown): string | undefined {
	if (!Array.isArray(location)) {
		return undefined;
	}

	const [path, , domain] = location as unknown[];
	if (typeof path !== 'string' || typeof domain !== 'string' || !path) {
		return undefined;
	}

	const bracket = domain.indexOf('[');
	const head = bracket === -1 ? domain : domain.slice(0, bracket);
	const parameters = bracket === -1 ? '' : domain.slice(bracket);
	return `${path}::${head.replaceAll('.', '::')}${parameters}`;
}

/** What the start of a record that is not whole JSON still says: pytest writes `nodeid` and `outcome` first. */
export function salvage(text: string):
	| {
			id: string;
			outcome: string;
			when?: string;
			isCollect: boolean;
	  }
	| undefined {
	const head = text.slice(0, 64 * 1024);
	const id = /^{"nodeid": ("(?:[^"\\]|\\.)*")/.exec(head)?.[1];
	const outcome = /"outcome": "(passed|failed|skipped)"/.exec(head)?.[1];
	if (id === undefined || outcome === undefined) {
		return undefined;
	}

	let nodeid: unknown;
	try {
		nodeid = JSON.parse(id);
	} catch {
		return undefined;
	}

	const when = /"when": "(setup|call|teardown)"/.exec(text)?.[1];
	return {
		id: String(nodeid),
		outcome,
		...(when && {when}),
		isCollect: !head.includes('"location": ['),
	};
}

export function describeValue(value: unknown): string {
	if (value === null) {
		return '`null`';
	}

	return Array.isArray(value) ? 'a JSON array' : `a JSON ${typeof value}`;
}
