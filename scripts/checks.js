/**
`npm test`'s first step: `npm run typecheck` and `npm run lint` at once, each its own process, rather than one
after the other. Each runs on one thread (tsc; xo, whose type-aware rules build a program of their own), so on
CI's two cores the pair takes about as long as the lint alone. What each prints is shown whole when it ends, not
interleaved with the other's; the exit code is the first failure's, else 0.
*/
import {Buffer} from 'node:buffer';
import {spawn} from 'node:child_process';
import process from 'node:process';

const scripts = ['typecheck', 'lint'];

async function run(script) {
	const started = Date.now();
	const output = [];
	const code = await new Promise(resolve => {
		const child = spawn('npm', ['run', script], {
			stdio: ['ignore', 'pipe', 'pipe'],
			shell: process.platform === 'win32',
		});
		child.stdout.on('data', chunk => output.push(chunk));
		child.stderr.on('data', chunk => output.push(chunk));
		child.on('error', error => {
			output.push(Buffer.from(`${error.message}\n`));
			resolve(1);
		});
		child.on('close', (exitCode, signal) => {
			resolve(exitCode ?? (signal ? 1 : 0));
		});
	});
	return {script, code, output, seconds: (Date.now() - started) / 1000};
}

const results = await Promise.all(scripts.map(script => run(script)));

for (const {script, code, output, seconds} of results) {
	const outcome = code === 0 ? 'passed' : `failed (exit ${code})`;
	process.stdout.write(
		`\n> ${script}: ${outcome} in ${seconds.toFixed(0)} s\n`,
	);
	process.stdout.write(Buffer.concat(output));
}

process.exitCode = results.find(({code}) => code !== 0)?.code ?? 0;
