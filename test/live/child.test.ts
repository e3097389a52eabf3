import fs from 'node:fs';
import {describe, expect, test} from 'vitest';
import {startCommand} from '../../source/live/child.js';

async function textOf(stream: NodeJS.ReadableStream): Promise<string> {
	let text = '';
	for await (const chunk of stream) {
		text += Buffer.from(chunk as Uint8Array).toString('utf8');
	}

	return text;
}

describe('startCommand', () => {
	test('merges stdout and stderr and passes the exit code on', async () => {
		const running = startCommand([
			process.execPath,
			'-e',
			'process.stdout.write("out\\n"); setTimeout(() => { process.stderr.write("err\\n"); process.exit(3); }, 20);',
		]);
		const [text, exit] = await Promise.all([
			textOf(running.output),
			running.exited,
		]);
		expect(text).toBe('out\nerr\n');
		expect(exit).toEqual({code: 3});
	});

	test('a command that does not exist is one line and exit 127', async () => {
		const running = startCommand(['triage-no-such-command-here']);
		const [text, exit] = await Promise.all([
			textOf(running.output),
			running.exited,
		]);
		expect(text).toBe('');
		expect(exit).toEqual({
			code: 127,
			failure: 'triage-no-such-command-here: command not found',
		});
	});

	test('stop() interrupts as Ctrl-C would, and a command that ignores it is killed', async () => {
		const polite = startCommand([
			process.execPath,
			'-e',
			'process.on("SIGINT", () => { console.log("interrupted"); process.exit(2); }); console.log("ready"); setInterval(() => {}, 1000);',
		]);
		const politeText = textOf(polite.output);
		await new Promise(resolve => {
			polite.output.once('data', resolve);
		});
		expect(await polite.stop()).toEqual({code: 2});
		expect(await politeText).toBe('ready\ninterrupted\n');

		const stubborn = startCommand([
			process.execPath,
			'-e',
			'process.on("SIGINT", () => {}); console.log("ready"); setInterval(() => {}, 1000);',
		]);
		void textOf(stubborn.output);
		await new Promise(resolve => {
			stubborn.output.once('data', resolve);
		});
		expect(await stubborn.stop(100)).toEqual({code: 137, signal: 'SIGKILL'});
	});

	test('stop() stops what the command started too (xdist workers), as Ctrl-C in a terminal would', async () => {
		// A worker that ignores SIGINT and hangs under a test, started by a command that ignores it too.
		const worker =
			'process.on("SIGINT", () => {}); setInterval(() => {}, 1000);';
		const running = startCommand([
			process.execPath,
			'-e',
			`const {spawn} = require("node:child_process");
			const worker = spawn(process.execPath, ["-e", ${JSON.stringify(worker)}], {stdio: "ignore"});
			process.on("SIGINT", () => {});
			console.log(worker.pid);
			setInterval(() => {}, 1000);`,
		]);
		const text = textOf(running.output);
		await new Promise(resolve => {
			running.output.once('data', resolve);
		});
		expect(await running.stop(100)).toEqual({code: 137, signal: 'SIGKILL'});
		const printed = await text;
		const workerPid = Number(printed.trim());
		expect(workerPid).toBeGreaterThan(0);
		// Orphaned, it is reaped by init: gone, or a zombie until then.
		let isAlive = true;
		for (let attempt = 0; attempt < 50 && isAlive; attempt++) {
			isAlive = isRunning(workerPid);
			if (isAlive) {
				await new Promise(resolve => {
					setTimeout(resolve, 40);
				});
			}
		}

		if (isAlive) {
			process.kill(workerPid, 'SIGKILL');
		}

		expect(isAlive).toBe(false);
	});
});

test('a process the command left running with its stdout does not hold the run open: the output ends after the exit', async () => {
	// Pytest -s and a test that starts a server and leaves it: the server has pytest's stdout.
	const server = 'setTimeout(() => {}, 30_000);';
	const started = Date.now();
	const running = startCommand([
		process.execPath,
		'-e',
		`const {spawn} = require("node:child_process");
		const server = spawn(process.execPath, ["-e", ${JSON.stringify(server)}], {stdio: "inherit", detached: true});
		console.log(server.pid);
		setTimeout(() => { console.log("1 failed in 0.10s"); process.exit(1); }, 50);`,
	]);
	const [text, exit] = await Promise.all([
		textOf(running.output),
		running.exited,
	]);
	const serverPid = Number(text.split('\n')[0]);
	process.kill(serverPid, 'SIGKILL');
	expect(text).toMatch(/^\d+\n1 failed in 0\.10s\n$/);
	expect(exit).toEqual({code: 1});
	expect(Date.now() - started).toBeLessThan(10_000);
});

function isRunning(pid: number): boolean {
	try {
		// The state is the field after the command's name in parentheses: Z is a zombie.
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		return (
			stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
		);
	} catch {
		return false;
	}
}
