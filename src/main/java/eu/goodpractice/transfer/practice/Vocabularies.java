package eu.goodpractice.transfer.practice;

import java.util.List;

/** The terms of a space's vocabularies, shipped ones first, retired ones included. */
public interface Vocabularies {
    List<Term> terms(String spaceKey, VocabularyKind kind);
}
