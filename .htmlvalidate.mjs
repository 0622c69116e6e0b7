// html-validate's configuration for the built site (the quality gate in tests/e2e/quality-static.spec.ts, or
// `npm exec -- html-validate 'dist/**/*.html'`). A JavaScript file rather than .htmlvalidate.json, so each
// relaxed rule can say why.
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki writes each code token's colours and KaTeX its formula layout as style attributes, and the progress
    // bars' widths are data. The CSP allows style attributes (style-src-attr) but no inline <style> or script
    // without a hash, so this rule guards nothing here.
    'no-inline-style': 'off',
    // Heading ids are GitHub-style slugs of the author's headings, so "1-automate-the-path-to-production" is
    // normal. HTML5 allows any id without whitespace; "relaxed" checks exactly that, instead of HTML4's rule.
    'valid-id': ['error', { relaxed: true }],
    // The search results are the listbox of an ARIA combobox, with rich options (title, phase, an excerpt with
    // highlighted matches) that a native <select> cannot show. Every other role still prefers its element.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    // MDX writes the void elements that Markdown makes (a task list's checkboxes, hard line breaks) self-closed,
    // `<input/>`, and Astro's own components without the slash. Both spellings are valid HTML; one style cannot hold.
    'void-style': 'off',
  },
};
