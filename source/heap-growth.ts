/**
How far V8 lets the heap grow past what its last full collection kept before it collects again. The flag is
part of what V8's code cache is checked against (source/cached-main.ts): the process starts with the normal
growth, a large input lowers it while it runs (heap.ts), and it is set back before the cache is written.
*/
import v8 from 'node:v8';

/**
V8 lets the heap grow up to 4× what a full collection left before the next one. Reading a large log makes
garbage fast, and the peak was that garbage: at most 2× costs no measurable time and cuts an export's peak RSS
by a fifth to a quarter (bench: 100 MB log 490-510 → 370-400 MB, 1 GB 3.0 → 2.5 GB).
*/
export const normalHeapGrowth = 100;

/**
For an input of hundreds of megabytes, 1.25×: on the 1 GB bench log the peak RSS of export --json went from
1.58× the log to 1.43×, --csv to 1.46×, report to 1.47× and the review's from 1.9× to 1.7×, for ~20% more CPU
time. On the 100 MB log it changed neither the peak nor the time beyond noise, so smaller inputs keep 2×.
*/
export const largeInputHeapGrowth = 25;

export function setHeapGrowth(percent: number): void {
	v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
