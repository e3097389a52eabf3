/**
The pytest console parser's public face: what the rest of triage imports from `log/pytest/`.
*/
export {ciTimestamp, PytestParser} from './parser.js';
export {splitIdAndMessage} from './ids.js';
export {parseVerboseLine, stripPercent} from './verbose-line.js';
