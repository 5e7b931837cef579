package io.verbatim.sentiment.aspect;

import io.verbatim.model.SentimentLabel;
import java.io.Serializable;

/**
 * What a sentence says about one aspect.
 *
 * @param label the aspect's polarity; neutral when no opinion is near it
 * @param score -1 (very negative) .. 1 (very positive)
 * @param clauseStart first token of the clause read for it
 * @param clauseEnd just past the last token of that clause
 */
public record AspectPolarity(SentimentLabel label, double score, int clauseStart, int clauseEnd)
    implements Serializable {
}
