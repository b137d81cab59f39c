'use strict';

const { collectionOr404 } = require('../store');
const { collectionOut } = require('../serialize');
const { objectBody, requireString } = require('../util');
const { createSession, uploadBlock } = require('../uploads');
const { applyCsv } = require('../data');

/* Collections: CRUD + chunked CSV upload. GET by id answers { collections: [one] } as the guide prints. */
module.exports = (state) => ({
	'collections.getAll': () => ({
		collections: state.collections.map((c) => collectionOut(state, c)),
	}),
	'collections.get': (ctx) => ({
		collections: [collectionOut(state, collectionOr404(state, ctx.params.collection_id))],
	}),
	'collections.create': (ctx) => {
		const name = requireString(objectBody(ctx), 'name');
		const owner = ctx.actingUser;
		const now = Date.now();
		const c = {
			collectionId: state.ids.hex(),
			userId: owner.userId,
			userName: owner.username,
			created: now,
			lastUpdated: now,
			name,
			dataLastChanged: now,
			headerNames: [],
			recordCount: 0,
			rows: [],
			csvFileName: null,
			csvFileSize: 0,
			csvFileNameHistory: {},
		};
		state.collections.push(c);
		return { collectionId: c.collectionId };
	},
	'collections.updateName': (ctx) => {
		const c = collectionOr404(state, ctx.params.collection_id);
		c.name = requireString(objectBody(ctx), 'name');
		c.lastUpdated = Date.now();
	},
	'collections.delete': (ctx) => {
		const c = collectionOr404(state, ctx.params.collection_id);
		state.collections.splice(state.collections.indexOf(c), 1);
	},
	'collections.createUploadSession': (ctx) => createSession(state, ctx, 'collection'),
	'collections.uploadBlock': (ctx) =>
		uploadBlock(state, ctx, 'collection', (u, buffer) => {
			const c = state.collections.find((x) => x.collectionId === u.collectionId);
			if (c) applyCsv(state, c, buffer, u.friendlyFileName, Date.now());
		}),
});
