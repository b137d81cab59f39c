import type { INodeType } from 'n8n-workflow';

/** Parameters left out take the defaults of the fields shown for the given ones (as the n8n editor stores them). */
export declare function withDefaults<T extends Record<string, unknown>>(
	nodeType: INodeType,
	given: T,
): T & Record<string, unknown>;
