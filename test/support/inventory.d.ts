export declare function loadInventory(vendor: string): unknown;
export declare const INVENTORIES: string;
