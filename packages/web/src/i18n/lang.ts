/**
 * The documents' language. Data is shown as written, in Danish, and marked so, for screen readers
 * to pronounce it right when the interface around it is in English (WCAG 3.1.2).
 */
export const DATA_LANG = "da";
