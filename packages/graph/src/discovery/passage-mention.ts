import type { ConceptMention } from '../types';

/** A mention inside a passage, with what the passage's markup says about it. */
export interface PassageMention extends ConceptMention {
  /** Inside a parenthesised gloss right after another mention (`UTS(主机名称)`): an explanation, not a clause. */
  inGloss: boolean;
  /** Inside a bold / emphasised span. */
  emphasised: boolean;
}
