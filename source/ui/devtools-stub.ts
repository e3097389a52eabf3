// Ink imports react-devtools-core only when DEV is set; the bundle replaces it with nothing.
export default {connectToDevTools() {}};
