'use strict';

const { binary, json } = require('../../framework');
const { resource } = require('../schema');
const { validateCall } = require('../validate');
const { fail } = require('../errors');
const { findIn } = require('../store');
const { dateKey } = require('../dates');
const { buildCertificatePdf } = require('../pdf');
const { routePath, pathEntity } = require('./common');

/*
 * Certificate downloads and QR verification. Only a Passed certificate result has a physical
 * certificate (otherwise 400 CertificateNotAvailable). The certificate's QR payload, printed on
 * the PDF, is "GROWSPARKS-CERT:<certificate result ID>"; .verifyqr answers a JSON string
 * starting with "Valid", "Expired" or "Invalid".
 */
const QR_PREFIX = 'GROWSPARKS-CERT:';

function fileName(text) {
	return text.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

function download(state, res) {
	return (ctx) => {
		const result = pathEntity(state, res, ctx);
		if (result.Status !== 'Passed')
			fail(
				400,
				'CertificateNotAvailable',
				`Certificate result ${result.ID} has status ${result.Status}; only passed certificates can be downloaded`,
			);
		const person = state.byId.get(result.Of);
		const certificate = state.byId.get(result.On);
		const personName = person
			? person.DisplayName || `${person.FirstName} ${person.LastName}`
			: 'Unknown person';
		const pdf = buildCertificatePdf({
			title: certificate ? certificate.Name : 'Certificate',
			lines: [
				`Awarded to ${personName}`,
				`Completed ${String(result.DateCompleted).slice(0, 10)}`,
				`Valid until ${String(result.ValidUntil).slice(0, 10)}`,
				`${QR_PREFIX}${result.ID}`,
			],
		});
		const name = `Certificate_${fileName(certificate ? certificate.Name : 'certificate')}_${fileName(personName)}.pdf`;
		return binary(200, pdf, 'application/pdf', {
			'content-disposition': `attachment; filename="${name}"`,
		});
	};
}

function verify(state) {
	return (data) => {
		const id = data.startsWith(QR_PREFIX) ? data.slice(QR_PREFIX.length) : null;
		const result = id ? findIn(state, 'certificateresults', id) : null;
		if (!result || result.Status !== 'Passed')
			return 'Invalid: no certificate matches this QR code';
		const person = state.byId.get(result.Of);
		const certificate = state.byId.get(result.On);
		const who = person ? person.DisplayName || person.Email : result.Of;
		const what = certificate ? certificate.Name : result.On;
		if (result.ValidUntil && dateKey(result.ValidUntil) < state.clock.iso())
			return `Expired: ${what} for ${who} expired on ${result.ValidUntil}`;
		return `Valid: ${what} for ${who}, valid until ${result.ValidUntil}`;
	};
}

module.exports = (state) => {
	const res = resource('certificateresults');
	const check = verify(state);
	return res.endpoints
		.filter((ep) => ep.kind === 'call')
		.map((ep) => ({
			method: ep.method,
			path: routePath(ep.path),
			handler:
				ep.operation === 'downloadphysicalcertificate'
					? (ctx) => {
							validateCall(state, ep, ctx.body);
							return download(state, res)(ctx);
						}
					: (ctx) => json(200, check(validateCall(state, ep, ctx.body).Data)),
		}));
};

module.exports.QR_PREFIX = QR_PREFIX;
