'use strict';

const { buildCertificatePdf: build } = require('../framework/pdf');

const buildCertificatePdf = (options = {}) => build({ ...options, producer: 'Growsparks sandbox' });

module.exports = { buildCertificatePdf };
