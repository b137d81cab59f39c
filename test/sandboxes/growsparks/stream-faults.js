'use strict';

const { FaultQueue, describeFault } = require('../framework/faults');

/*
 * Growsparks-only fault switches, queued like the framework's (method/path/pathRegex/times):
 *   reportFinished: 'first' | 'middle' | 'last' | 'missing'   where .report puts report.finished
 *   cutAfter: N     write N complete records, then half of the next one, then drop the connection
 *                   (SSE streams, .report/.progress/... JSON arrays and list envelopes)
 * A spec with one of these keys goes to this queue and may not carry framework keys such as status.
 */
const PLACEMENTS = ['first', 'middle', 'last', 'missing'];
const OWN_KEYS = ['reportFinished', 'cutAfter'];
const FRAMEWORK_ONLY = ['status', 'retryAfter', 'delayMs', 'truncate', 'reset', 'body', 'headers'];

function isStreamFault(spec) {
	return Boolean(spec) && typeof spec === 'object' && OWN_KEYS.some((k) => spec[k] !== undefined);
}

class StreamFaultQueue extends FaultQueue {
	add(spec) {
		const { reportFinished, cutAfter, ...rest } = spec;
		const clash = FRAMEWORK_ONLY.find((k) => rest[k] !== undefined);
		if (clash)
			throw new Error(
				`"${clash}" cannot be combined with reportFinished/cutAfter; inject two faults instead`,
			);
		if (reportFinished !== undefined && !PLACEMENTS.includes(reportFinished))
			throw new Error(`reportFinished must be one of ${PLACEMENTS.join(', ')}`);
		if (cutAfter !== undefined && !(Number.isInteger(Number(cutAfter)) && Number(cutAfter) >= 0))
			throw new Error('cutAfter must be a non-negative integer');
		const fault = super.add(rest);
		if (reportFinished !== undefined) fault.reportFinished = reportFinished;
		if (cutAfter !== undefined) fault.cutAfter = Number(cutAfter);
		return fault;
	}

	/** Consumes the first matching fault that `wanted(fault)` accepts. */
	takeWhere(method, pathname, wanted) {
		const index = this.faults.findIndex((f) => this.matches(f, method, pathname) && wanted(f));
		if (index < 0) return null;
		const fault = this.faults[index];
		if (fault.remaining !== -1 && --fault.remaining === 0) this.faults.splice(index, 1);
		return fault;
	}

	list() {
		return this.faults.map(describeStreamFault);
	}
}

function describeStreamFault(f) {
	return { ...describeFault(f), reportFinished: f.reportFinished, cutAfter: f.cutAfter };
}

/** Takes a stream fault for this request (if any) and notes it in the request log entry. */
function takeStreamFault(ctx, { report = false } = {}) {
	const queue = ctx.sandbox.streamFaults;
	if (!queue) return null;
	const fault = queue.takeWhere(
		ctx.method,
		ctx.pathname,
		(f) => f.cutAfter !== undefined || (report && f.reportFinished !== undefined),
	);
	if (fault && ctx.logEntry) ctx.logEntry.fault = describeStreamFault(fault);
	return fault;
}

module.exports = {
	StreamFaultQueue,
	isStreamFault,
	takeStreamFault,
	describeStreamFault,
	PLACEMENTS,
};
