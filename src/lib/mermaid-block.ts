/**
 * What a note's body says about its diagrams: a leaf module, so that reading a note (the content check) does not load
 * the Mermaid parser, beautiful-mermaid and ELK, which only drawing and checking a diagram need (src/lib/mermaid.ts).
 */

/** The fence language that makes a code block a diagram. */
export const MERMAID_LANGUAGE = 'mermaid';

/** A ```mermaid block of a note: its text and the file line of its opening fence. */
export interface MermaidBlock {
  line: number;
  source: string;
}
