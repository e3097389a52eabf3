// Ink imports react-devtools-core only when DEV is set; the bundle replaces it with this.
const devtools = {
	connectToDevTools(): void {
		// Never connects: the devtools are not part of the bundle.
	},
};

export default devtools;
