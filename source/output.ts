import fs from 'node:fs';

/** Thrown when an output cannot be written; the CLI prints it as one line (exit code 1). */
export class OutputError extends Error {
	override name = 'OutputError';
}

/**
A buffered synchronous writer to a file or stdout (`-`). Sync writes keep the order of output and errors simple and are fast for large exports; EAGAIN on a non-blocking stdout is retried.
*/
export class Output {
	readonly target: string;
	private readonly fd: number;
	private readonly shouldClose: boolean;
	private buffer: string[] = [];
	private size = 0;

	constructor(target: string) {
		this.target = target;
		if (target === '-') {
			this.fd = 1;
			this.shouldClose = false;
			return;
		}

		try {
			this.fd = fs.openSync(target, 'w');
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			const why =
				code === 'ENOENT'
					? 'no such directory'
					: code === 'EACCES'
						? 'permission denied'
						: code === 'EISDIR'
							? 'is a directory'
							: (error as Error).message;
			throw new OutputError(`${target}: cannot write (${why})`);
		}

		this.shouldClose = true;
	}

	write = (text: string): void => {
		this.buffer.push(text);
		this.size += text.length;
		if (this.size >= 1 << 20) {
			this.flush();
		}
	};

	flush(): void {
		if (this.buffer.length === 0) {
			return;
		}

		const data = Buffer.from(this.buffer.join(''));
		this.buffer = [];
		this.size = 0;
		let offset = 0;
		while (offset < data.length) {
			try {
				offset += fs.writeSync(this.fd, data, offset);
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				if (code === 'EAGAIN') {
					continue;
				}

				if (code === 'EPIPE') {
					return;
				}

				throw new OutputError(
					`${this.target === '-' ? 'stdout' : this.target}: write failed (${(error as Error).message})`,
				);
			}
		}
	}

	close(): void {
		this.flush();
		if (this.shouldClose) {
			fs.closeSync(this.fd);
		}
	}
}
