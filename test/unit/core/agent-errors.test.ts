import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INode, JsonObject } from 'n8n-workflow';
import { withAdviceForModel } from '../../../nodes/shared/declarations/agent-errors';

const node = (type: string): INode => ({
	id: '1',
	name: 'Get User',
	type,
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
});
const contextOf = (type: string) => ({ getNode: () => node(type) }) as unknown as IExecuteFunctions;
const notFound = (type: string) =>
	new NodeApiError(node(type), { status: 404 } as JsonObject, {
		message: 'Damstra Learning returned HTTP 404: User with id 9 not found',
		description: 'Check the ID you entered: the record does not exist.',
		httpCode: '404',
	});

describe('errors as an AI agent reads them', () => {
	const tool = 'n8n-nodes-workforce-learning.damstraLearningTool';
	const plain = 'n8n-nodes-workforce-learning.damstraLearning';

	it('as a tool, the message also says what to fix (a model reads only the message)', () => {
		const error = withAdviceForModel(contextOf(tool), notFound(tool));
		expect(error.message).toBe(
			'Damstra Learning returned HTTP 404: User with id 9 not found. Check the ID you entered: the record does not exist.',
		);
		expect(error.description).toBe('Check the ID you entered: the record does not exist.');
	});

	it('in a workflow, message and description stay apart, as n8n shows them', () => {
		const error = withAdviceForModel(contextOf(plain), notFound(plain));
		expect(error.message).toBe('Damstra Learning returned HTTP 404: User with id 9 not found');
	});

	it('adds nothing when there is no advice or the message already holds it', () => {
		const bare = new NodeOperationError(node(tool), 'Parameter "User" is required.');
		expect(withAdviceForModel(contextOf(tool), bare).message).toBe('Parameter "User" is required.');
		const twice = withAdviceForModel(contextOf(tool), notFound(tool));
		expect(withAdviceForModel(contextOf(tool), twice).message).toBe(twice.message);
	});
});
