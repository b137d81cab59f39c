'use strict';

const { buildSchema } = require('graphql');

/*
 * Query API schema, written from the guide (§3). Id/title filters are lists of String, so a single
 * value works too (GraphQL list input coercion). `completed` is not in the guide's field list but its
 * own examples select it; it is served as the completion (last update) time.
 */
const SDL = /* GraphQL */ `
	type Query {
		jobs(
			workflowId: [String]
			workflowTitle: [String]
			workflowTag: String
			workflowTagsOr: [String]
			workflowTagsAnd: [String]
			userName: [String]
			userId: [String]
			jobTitle: [String]
			jobId: [String]
			createdSince: String
			createdBefore: String
			updatedSince: String
			updatedBefore: String
			limit: Int
			order: String
			cursor: String
		): [Job]
		users: [User]
	}

	type Job {
		jobId: String
		completedJobCursor: String
		teamName: String
		workflowId: String
		workflowVersionId: String
		workflowTitle: String
		workflowTags: [String]
		jobTitle: String
		created: String
		updated: String
		completed: String
		totalDuration: Int
		activeDuration: Int
		status: String
		userId: String
		userName: String
		geoLongAverage: Float
		geoLatAverage: Float
		metadata: [MetadataEntry]
		steps: [Step]
		step(search: [String], regexSearch: String): Step
		attachments: [Attachment]
		reports: [Report]
	}

	type MetadataEntry {
		name: String
		value: String
	}

	type Step {
		stepId: String
		uniqueStepId: String
		stepTitle: String
		stepDescription: String
		stepType: String
		stepTag: String
		started: String
		completed: String
		cancelled: String
		isCancelled: Boolean
		isFormStep: Boolean
		totalDuration: Int
		activeDuration: Int
		userId: String
		userName: String
		geoLat: Float
		geoLong: Float
		formLoopIteration: Int
		note: String
		values: [String]
		value: String
		substeps: [Substep]
		attachments: [Attachment]
	}

	type Substep {
		stepId: String
		uniqueStepId: String
		stepTitle: String
		stepDescription: String
		stepType: String
		stepTag: String
		values: [String]
		value: String
		attachments: [Attachment]
	}

	type Attachment {
		attachmentId: String
		stepId: String
		uniqueStepId: String
		stepTitle: String
		mimeType: String
		fileSize: Int
		downloadUrl: String
		thumbnails: [Thumbnail]
	}

	type Thumbnail {
		name: String
		created: String
		mimeType: String
		fileSize: Int
		width: Int
		height: Int
		downloadUrl: String
	}

	type Report {
		generatedReportId: String
		generated: String
		templateName: String
		mimeType: String
		downloadUrl: String
	}

	type User {
		userId: String
		username: String
		emailAddress: String
		name: String
		userGroups: [UserGroup]
	}

	type UserGroup {
		groupId: String
		name: String
	}
`;

let cached;
const schema = () => (cached ||= buildSchema(SDL));

module.exports = { schema, SDL };
