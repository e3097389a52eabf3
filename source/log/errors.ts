/** Bad input: the message is one line naming the file and what is wrong (exit code 2). */
export class LogError extends Error {
	override name = 'LogError';
}
