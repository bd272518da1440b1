export declare const DEV_ORIGIN: string;
export declare const DEFAULT_PUBLIC_URL: string;
/** manifest.xml with every development URL moved to `publicUrl` (https only; default: a placeholder). */
export declare function productionManifest(xml: string, publicUrl?: string): string;
