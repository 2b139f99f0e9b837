package com.atlassian.confluence.labels;

/**
 * Source: decompiled LabelManagerImpl (search, code corpus: {@code Namespace.GLOBAL.toString()},
 * {@code Namespace.PERSONAL}); the prefix is what a label shows before ':' ("global", "my"). Trimmed: the app only
 * tells public (global) labels from personal ones.
 */
public class Namespace {
    public static final Namespace GLOBAL = new Namespace("global");
    public static final Namespace PERSONAL = new Namespace("my");

    private final String prefix;

    private Namespace(String prefix) {
        this.prefix = prefix;
    }

    public String getPrefix() { return prefix; }

    @Override
    public String toString() { return prefix; }
}
