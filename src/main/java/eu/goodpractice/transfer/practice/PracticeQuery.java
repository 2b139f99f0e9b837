package eu.goodpractice.transfer.practice;

import java.util.Set;

/**
 * What a list of practices is filtered by: the spaces (already narrowed to those the reader may view), and
 * optionally country, theme, status, EQF level and a text found in title or summary. Trashed practices never show.
 */
public record PracticeQuery(Set<String> spaceKeys, String country, String theme, PracticeStatus status,
                            Integer eqfLevel, String text) {
    public PracticeQuery {
        spaceKeys = Set.copyOf(spaceKeys);
    }
}
