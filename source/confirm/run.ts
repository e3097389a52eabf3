/**
Running failures again N times (`R` in the review): one command per repetition, in the rootdir the run
recorded, its console log kept under `.triage/confirm/` and read with our own parser, and its JUnit XML
(when the command writes one) read too: the two must agree on each test, and a disagreement is said. A stop
(Esc, Ctrl+C, quitting) kills the command and keeps nothing: a confirmation is stored whole or not at all.
*/

import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {randomBytes} from 'node:crypto';
import {
	confirmationOf,
	type Confirmation,
	type RepetitionResult,
} from '../classify/confirmation.js';
import {signatureOf} from '../classify/signature.js';
import {startCommand} from '../live/child.js';
import type {Run} from '../log/model.js';
import {readLog} from '../log/read.js';
import {sanitizeLine} from '../log/sanitize.js';
import type {
	ConfirmationBatch,
	ConfirmedTest,
} from '../runs/history/confirmations.js';
import {planRerun, type RerunPlan} from './command.js';

export type ConfirmRequest = {
	readonly tests: readonly ConfirmedTest[];
	readonly repetitions: number;
	readonly rootdir: string | undefined;
	readonly python?: string;
	/** The rules file's `rerun` template. */
	readonly template?: string;
	/** `.triage/`: each repetition's console log and XML are kept under `confirm/` in it. */
	readonly folder: string;
	/** The key of the run being triaged. */
	readonly forRun?: string;
};

export type ConfirmResult =
	| {
			readonly kind: 'done';
			readonly batch: ConfirmationBatch;
			readonly confirmations: readonly Confirmation[];
			/** One line each: a test a repetition did not report, the console and the XML disagreeing. */
			readonly warnings: readonly string[];
	  }
	/** Stopped before the end: nothing is kept. */
	| {readonly kind: 'stopped'; readonly done: number}
	/** The tests cannot be run here (one line). */
	| {readonly kind: 'unavailable'; readonly message: string};

export type ConfirmOptions = {
	readonly signal?: AbortSignal;
	/** After each repetition: how many are done. */
	readonly onProgress?: (done: number, total: number) => void;
	readonly now?: () => Date;
	/** Added to the environment of the command (tests). */
	readonly env?: NodeJS.ProcessEnv;
};

/** A test's result in one repetition, from a run read back: its failure's signature when it failed again. */
export function resultIn(run: Run, test: ConfirmedTest): RepetitionResult {
	const failure =
		run.failures.find(
			item => item.id === test.id && item.phase === test.phase,
		) ?? run.failures.find(item => item.id === test.id);
	if (failure) {
		return {outcome: failure.outcome, signature: signatureOf(failure).hash};
	}

	const {tests} = run;
	let found: RepetitionResult['outcome'] = 'missing';
	for (let index = 0; index < tests.length; index++) {
		if (tests.idAt(index) === test.id) {
			const outcome = tests.outcomeAt(index);
			if (outcome === 'failed' || outcome === 'error') {
				return {outcome};
			}

			found = outcome;
		}
	}

	return {outcome: found};
}

function isFailing(outcome: RepetitionResult['outcome']): boolean {
	return outcome === 'failed' || outcome === 'error';
}

async function readQuietly(file: string): Promise<Run | undefined> {
	try {
		return await readLog(file);
	} catch {
		return undefined;
	}
}

/** The last non-empty line of a log, for a one-line complaint. */
function lastLine(file: string): string {
	try {
		const text = fs.readFileSync(file, 'utf8').trimEnd();
		return sanitizeLine(text.slice(text.lastIndexOf('\n') + 1)).slice(0, 160);
	} catch {
		return '';
	}
}

function unavailable(message: string): ConfirmResult {
	return {kind: 'unavailable', message};
}

/** Run the tests `repetitions` times; resolves once done, stopped, or found impossible here. Never rejects. */
export async function runConfirmation(
	request: ConfirmRequest,
	options: ConfirmOptions = {},
): Promise<ConfirmResult> {
	const now = options.now ?? (() => new Date());
	const batch = `${now().toISOString().replaceAll(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
	// Absolute: the command runs in the rootdir, and a relative --junitxml (a relative --triage's `.triage/`) wrote
	// the XML into the suite's own folder, where it was not found.
	const directory = path.resolve(request.folder, 'confirm', batch);
	const ids = [...new Set(request.tests.map(test => test.id))];
	const first = planRerun({
		ids,
		rootdir: request.rootdir,
		...(request.python !== undefined && {python: request.python}),
		...(request.template !== undefined && {template: request.template}),
		junitxml: path.join(directory, '1.xml'),
	});
	if ('problem' in first) {
		return unavailable(first.problem);
	}

	try {
		fs.mkdirSync(directory, {recursive: true});
	} catch (error) {
		return unavailable(
			`cannot keep the confirmation's logs in ${directory}: ${(error as Error).message}`,
		);
	}

	const repetitions: Array<ConfirmationBatch['repetitions'][number]> = [];
	const warnings: string[] = [];
	const discard = () => {
		fs.rmSync(directory, {recursive: true, force: true});
	};

	for (let index = 1; index <= request.repetitions; index++) {
		if (options.signal?.aborted) {
			discard();
			return {kind: 'stopped', done: index - 1};
		}

		const junitxml = path.join(directory, `${index}.xml`);
		const plan = planRerun({
			ids,
			rootdir: request.rootdir,
			...(request.python !== undefined && {python: request.python}),
			...(request.template !== undefined && {template: request.template}),
			junitxml,
		}) as RerunPlan;
		const log = path.join(directory, `${index}.log`);

		const repetition = await runOnce(plan, log, options);
		if (repetition.kind === 'stopped') {
			discard();
			return {kind: 'stopped', done: index - 1};
		}

		if (repetition.failure !== undefined) {
			discard();
			return unavailable(
				`cannot run the tests again here: ${sanitizeLine(repetition.failure)}`,
			);
		}

		const consoleRun = await readQuietly(log);
		const results = request.tests.map(test =>
			consoleRun ? resultIn(consoleRun, test) : {outcome: 'missing' as const},
		);
		if (results.every(result => result.outcome === 'missing')) {
			const said = lastLine(log);
			discard();
			return unavailable(
				`cannot run the tests again here: \`${sanitizeLine(plan.display)}\` exited with code ${repetition.code} without running them${said ? ` (${said})` : ''}`,
			);
		}

		if (plan.writesJunit) {
			const xmlRun = await readQuietly(junitxml);
			for (const [position, test] of request.tests.entries()) {
				const fromXml = xmlRun ? resultIn(xmlRun, test).outcome : 'missing';
				if (isFailing(fromXml) !== isFailing(results[position]!.outcome)) {
					warnings.push(
						`repetition ${index}: the console log says ${results[position]!.outcome} and the JUnit XML ${fromXml} for ${sanitizeLine(test.id)} (the console log is kept)`,
					);
				}
			}
		}

		for (const [position, test] of request.tests.entries()) {
			if (results[position]!.outcome === 'missing') {
				warnings.push(
					`repetition ${index} did not report ${sanitizeLine(test.id)}: not confirmed`,
				);
			}
		}

		repetitions.push({log: path.relative(request.folder, log), results});
		options.onProgress?.(index, request.repetitions);
	}

	const at = now().toISOString();
	const stored: ConfirmationBatch = {
		batch,
		command: first.display,
		...(request.rootdir !== undefined && {rootdir: request.rootdir}),
		...(request.forRun !== undefined && {forRun: request.forRun}),
		at,
		tests: request.tests,
		repetitions,
	};
	const confirmations = request.tests
		.map((test, position) =>
			confirmationOf(
				test,
				repetitions.map(repetition => repetition.results[position]!),
				{at, command: first.display},
			),
		)
		.filter(
			(confirmation): confirmation is Confirmation =>
				confirmation !== undefined,
		);
	return {kind: 'done', batch: stored, confirmations, warnings};
}

type Once =
	| {readonly kind: 'stopped'}
	| {readonly kind: 'exited'; readonly code: number; readonly failure?: string};

async function runOnce(
	plan: RerunPlan,
	log: string,
	options: ConfirmOptions,
): Promise<Once> {
	const file = fs.createWriteStream(log);
	const running = startCommand(plan.argv, {
		cwd: plan.cwd,
		env: {...process.env, PYTHONUNBUFFERED: '1', ...options.env},
	});
	running.output.pipe(file);
	const written = new Promise<void>(resolve => {
		file.on('close', resolve);
		file.on('error', () => {
			resolve();
		});
	});
	let isStopped = false;
	const onAbort = () => {
		isStopped = true;
		void running.stop(1000);
	};

	options.signal?.addEventListener('abort', onAbort, {once: true});
	if (options.signal?.aborted) {
		onAbort();
	}

	const exit = await running.exited;
	options.signal?.removeEventListener('abort', onAbort);
	await written;
	if (isStopped) {
		return {kind: 'stopped'};
	}

	return {
		kind: 'exited',
		code: exit.code,
		...(exit.failure !== undefined && {failure: exit.failure}),
	};
}
