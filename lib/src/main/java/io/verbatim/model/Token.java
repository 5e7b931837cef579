package io.verbatim.model;

import java.io.Serializable;

/** A word as CoreNLP saw it: surface form, lemma (lower-cased) and Penn Treebank POS tag. */
public record Token(String word, String lemma, String pos) implements Serializable {

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isAdjective() {
    return pos.startsWith("JJ");
  }
}
