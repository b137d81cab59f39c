'use strict';

const { ok } = require('./common');
const { userJson } = require('../serialize');

module.exports = function userRoutes(state) {
	return [
		{
			method: 'GET',
			path: '/users',
			handler: () => ok(state.operators.map((o) => userJson(state, o))),
		},
	];
};
