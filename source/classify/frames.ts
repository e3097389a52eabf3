/**
The frames of one traceback, read once for all who ask: the signature, the crash site a person reads and
the rules' crash site each want the frames of the same failure, one after another.
*/
import {framesOf, type Frame} from '../log/traceback.js';

let lastTraceback: string | undefined;
let lastFrames: readonly Frame[] = [];

/** The frames of a traceback (innermost last); the last traceback's are kept. */
export function framesOfTraceback(traceback: string): readonly Frame[] {
	if (traceback !== lastTraceback) {
		lastFrames = framesOf(traceback);
		lastTraceback = traceback;
	}

	return lastFrames;
}
