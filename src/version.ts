/** The kit's version, checked against package.json by a test; `define` compares it between copies. */
export const VERSION = '0.1.0';
