/**
Failures whose traceback and captured output stay in a `BodyStore` until asked for, and the texts a run's
failures share (`SharedTexts`).
*/
import {ownCopy} from '../text.js';
import type {BodyHandle, BodyStore} from './bodies.js';
import type {CapturedSection, Failure, Location} from './model.js';

/** Where a stored failure's traceback and captured sections are. */
type StoredParts = {
	readonly store: BodyStore;
	readonly traceback: BodyHandle;
	readonly captured: ReadonlyArray<{
		readonly name: string;
		readonly text: BodyHandle;
	}>;
};

const noSections: StoredParts['captured'] = [];

/**
A failure whose traceback and captured output stay in the store until asked for: `traceback` and `captured`
are getters on the prototype, read each time. Being accessors, they are not copied by `{...failure}` or
`JSON.stringify` (name them, as the exporters do); every other field is a plain property.
*/
class StoredFailure implements Failure {
	readonly id: string;
	readonly file: string;
	readonly outcome: Failure['outcome'];
	readonly phase: Failure['phase'];
	readonly headline: string;
	// Declared, not defined: present only when the failure has them, as on a plain failure.
	declare readonly exceptionType?: string;
	declare readonly location?: Failure['location'];
	declare readonly logLine?: number;
	readonly #store: BodyStore;
	readonly #tracebackOffset: number;
	readonly #tracebackLength: number;
	readonly #captured: StoredParts['captured'];

	constructor(
		fields: Omit<Failure, 'traceback' | 'captured'>,
		parts: StoredParts,
	) {
		this.id = fields.id;
		this.file = fields.file;
		this.outcome = fields.outcome;
		this.phase = fields.phase;
		this.headline = fields.headline;
		const optional = this as {
			exceptionType?: string;
			location?: Failure['location'];
			logLine?: number;
		};
		if (fields.exceptionType !== undefined) {
			optional.exceptionType = fields.exceptionType;
		}

		if (fields.location !== undefined) {
			optional.location = fields.location;
		}

		if (fields.logLine !== undefined) {
			optional.logLine = fields.logLine;
		}

		this.#store = parts.store;
		this.#tracebackOffset = parts.traceback.offset;
		this.#tracebackLength = parts.traceback.length;
		this.#captured = parts.captured.length === 0 ? noSections : parts.captured;
	}

	/** This failure with some fields changed (see `withFields`): its traceback and captured output stay where they are. */
	withFields(changes: FieldChanges): StoredFailure {
		return new StoredFailure(changed({...this}, changes), {
			store: this.#store,
			traceback: {
				offset: this.#tracebackOffset,
				length: this.#tracebackLength,
			},
			captured: this.#captured,
		});
	}

	get traceback(): string {
		return this.#store.get({
			offset: this.#tracebackOffset,
			length: this.#tracebackLength,
		});
	}

	get captured(): CapturedSection[] {
		return this.#captured.map(section => ({
			name: section.name,
			text: this.#store.get(section.text),
		}));
	}
}

/** Fields of a failure to change; one given as undefined is dropped (a failure at no line of the log). */
export type FieldChanges = {
	readonly [Field in Exclude<keyof Failure, 'traceback' | 'captured'>]?:
		Failure[Field] | undefined;
};

function changed<Fields extends object>(
	fields: Fields,
	changes: FieldChanges,
): Fields {
	const result = {...fields};
	for (const [field, value] of Object.entries(changes)) {
		if (value === undefined) {
			// Absent, not undefined, as on a failure read from a log: exports and equality see no key.
			Reflect.deleteProperty(result, field);
		} else {
			Reflect.set(result, field, value);
		}
	}

	return result;
}

/**
`failure` with some of its fields changed (another log line, or none; another headline), its traceback and
captured output kept: a stored failure's stay in its store. A spread would drop a stored failure's, which are
accessors (the log and its XML joined lost every traceback the log had not printed that way).
*/
export function withFields(failure: Failure, changes: FieldChanges): Failure {
	if (failure instanceof StoredFailure) {
		return failure.withFields(changes);
	}

	return changed(
		{...failure, traceback: failure.traceback, captured: failure.captured},
		changes,
	);
}

/** A failure whose traceback and captured output stay in `parts.store` until asked for. */
export function storedFailure(
	fields: Omit<Failure, 'traceback' | 'captured'>,
	parts: StoredParts,
): Failure {
	return new StoredFailure(fields, parts);
}

/**
The texts a run's failures share, one copy each: headlines, exception types, crash locations, section
names. A copy of its own, too: a headline sliced from a traceback line (or an XML attribute) would keep the
whole text it came from alive (V8 keeps a slice's parent), and the store is there so that it does not.
57,000 failures have ~11,000 headlines.
*/
export class SharedTexts {
	readonly #texts = new Map<string, string>();
	readonly #locations = new Map<string, Map<number, Location>>();
	#file = '';

	/**
	The file part of an id (`fileOfId`): the last one's string again when the id is of the same file (failures
	come file by file), not a slice of each id.
	*/
	fileOf(id: string): string {
		const separator = id.indexOf('::');
		const end = separator === -1 ? id.length : separator;
		if (end !== this.#file.length || !id.startsWith(this.#file)) {
			// A copy: a slice would hold the whole id it was cut from.
			this.#file = ownCopy(id.slice(0, end));
		}

		return this.#file;
	}

	text(text: string): string {
		let kept = this.#texts.get(text);
		if (kept === undefined) {
			kept = ownCopy(text);
			this.#texts.set(kept, kept);
		}

		return kept;
	}

	location(location: Location): Location {
		// By path, then line: no key string to build and hash per failure.
		let byLine = this.#locations.get(location.path);
		if (byLine === undefined) {
			byLine = new Map();
			this.#locations.set(this.text(location.path), byLine);
		}

		let kept = byLine.get(location.line);
		if (kept === undefined) {
			kept = {path: this.text(location.path), line: location.line};
			byLine.set(location.line, kept);
		}

		return kept;
	}

	fields(
		fields: Omit<Failure, 'traceback' | 'captured'>,
	): Omit<Failure, 'traceback' | 'captured'> {
		const {exceptionType, location} = fields;
		// Built property by property (spreads cost more, 57,000 times).
		const kept: {-readonly [K in keyof typeof fields]: (typeof fields)[K]} = {
			id: fields.id,
			file: fields.file,
			outcome: fields.outcome,
			phase: fields.phase,
			headline: this.text(fields.headline),
		};
		if (exceptionType !== undefined) {
			kept.exceptionType = this.text(exceptionType);
		}

		if (location !== undefined) {
			kept.location = this.location(location);
		}

		if (fields.logLine !== undefined) {
			kept.logLine = fields.logLine;
		}

		return kept;
	}
}
