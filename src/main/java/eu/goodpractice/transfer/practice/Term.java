package eu.goodpractice.transfer.practice;

/**
 * A term of a vocabulary: its stable key, the name a space administrator gave it (null: the shipped, translated
 * name), and whether it is retired (kept for the practices that use it, no longer offered).
 */
public record Term(String key, String customLabel, boolean retired) {
}
