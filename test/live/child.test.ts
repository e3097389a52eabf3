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
});
