export declare const CHROMIUM_ARGS: string[];
export declare const INSTALL_HINT: string;
export declare function findBrowser(): { path: string; source: string } | { path: null; problem: string };
