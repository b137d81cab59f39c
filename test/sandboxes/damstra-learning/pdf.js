'use strict';

const { buildCertificatePdf: build } = require('../framework/pdf');

const buildCertificatePdf = (options = {}) =>
	build({ ...options, producer: 'Damstra Learning sandbox' });

module.exports = { buildCertificatePdf };
