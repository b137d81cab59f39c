export interface Icon {
	src: string;
	naturalWidth: number;
}

export interface NodePanel {
	title?: string;
	resource: string | null;
	operation: string | null;
	/** A tool's Description text, as the model will read it (null when not shown). */
	toolDescription: string | null;
	/** The credential selects' values, in panel order. */
	credentials: string[];
	/** Names of the parameter inputs shown (`parameter-input-<name>`). */
	parameters: string[];
	/** Parameters shown above the first credential selector (none: the credential comes first). */
	aboveCredentials: string[];
	/** Names of the resource locators shown (`resource-locator-<name>`). */
	locators: string[];
	/** n8n's texts for a panel that failed to render, as found in the panel. */
	problems: string[];
	toasts: string[];
	icons: Icon[];
	screenshot: string;
}

export interface LocatorList {
	/** The mode selector's value when the panel opened ("From list" expected). */
	mode: string;
	error?: string;
	/** The labels the dropdown shows. */
	labels: string[];
	/** n8n's answers for the list: one entry per record, its label and the value it picks. */
	results: Array<{ name: string; value: string }>;
	/** Each GET the node sent to the sandbox for the list, sent again, and its record count. */
	sandbox: Array<{ path: string; status: number; records?: number; error?: string }>;
	sandboxRecords: number;
	screenshot: string;
}

export interface LocatorFinding {
	vendor: string;
	action: string;
	locator: string;
	shown: number;
	sandboxRecords: number;
	empty: boolean;
	bareIds: string[];
	term?: string;
	searchMissed: boolean;
	error?: string;
}

export interface BrowserSession {
	/** The credentials n8n was given (one or two per vendor). */
	credentials: Array<{ id: string; name: string; type: string }>;
	signIn(): Promise<{ path: string; authCookie: boolean; screenshot: string }>;
	openWorkflow(
		workflowId: string,
	): Promise<{ nodes: Array<{ name: string; type: string; icon: Icon | null }>; icons: Icon[] }>;
	executeWorkflow(workflowId: string): Promise<{
		nodes: Array<{ name: string; type: string; icon: Icon | null }>;
		toast: string;
		succeeded: string[];
		execution: { id: string; status: string; mode: string };
		screenshot: string;
	}>;
	openScratchWorkflow(name: string): Promise<void>;
	addNodeFromPanel(
		nodeName: string,
		action: string,
	): Promise<NodePanel & { panelIcon: Icon | null }>;
	openNode(workflowId: string, nodeName: string): Promise<NodePanel>;
	closeNodePanel(): Promise<void>;
	openLocatorList(vendorId: string, name: string): Promise<LocatorList>;
	searchLocatorList(
		name: string,
		term: string,
	): Promise<{ error?: string; labels: string[]; screenshot: string }>;
	record(finding: LocatorFinding): void;
	unexpectedConsoleErrors(): string[];
	icons(): Array<{ url: string; status: number }>;
	stop(): Promise<void>;
}

export declare function startBrowserSession(): Promise<BrowserSession>;
export declare function isBareIdLabel(name: string, value: string): boolean;
export declare function searchTermFor(
	labels: string[],
): { label: string; term: string } | undefined;
export declare const ARTIFACTS: string;
