'use strict';
/** Small helpers shared by the harness modules: waiting, free ports, log tails. */
const net = require('net');

const LOG_TAIL_CHARS = 4000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Like sleep, but does not keep the process alive (for timeouts raced against events). */
const unrefSleep = (ms) => new Promise((r) => setTimeout(r, ms).unref());

/** A free TCP port on 127.0.0.1 (listen on 0, read the port, close). */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** n free ports, all different (two quick freePort() calls may return the same port). */
async function distinctFreePorts(n) {
	const ports = new Set();
	while (ports.size < n) ports.add(await freePort());
	return [...ports];
}

/** The last n characters of a log, marked with … when cut (for error messages). */
function tail(text, n = LOG_TAIL_CHARS) {
	if (!text) return '';
	return text.length > n ? '…' + text.slice(-n) : text;
}

module.exports = { sleep, unrefSleep, freePort, distinctFreePorts, tail };
