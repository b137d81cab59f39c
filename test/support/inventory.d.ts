import type { VendorId } from '../vendors';
export declare function loadInventory(id: VendorId): unknown;
