// Components every note can use without an import.
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import SelfCheck from './SelfCheck.astro';

export const noteComponents = { Callout, Figure, KeyTakeaways, SelfCheck };
