import type { IHttpRequestOptions } from 'n8n-workflow';

export declare function httpRequest(options: IHttpRequestOptions): Promise<unknown>;
