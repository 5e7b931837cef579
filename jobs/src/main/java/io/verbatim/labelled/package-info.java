/**
 * The public labelled data sets as training and evaluation both read them: one reader per set
 * (SemEval-2019 suggestions, SemEval-2014 aspect XML, the clothing reviews, the UCI sentiment
 * sentences, the CFPB complaint narratives), the one sealing rule ({@link
 * io.verbatim.labelled.Split}), and the confusion counts every figure is computed from. Training and evaluation both
 * depend on this package and never on each other's internals, so a split is defined once.
 */
package io.verbatim.labelled;
