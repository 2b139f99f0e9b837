package com.atlassian.activeobjects.external;

/** Source: facts §2.1 [V-8.7]: a final value class; {@code valueOf(null)} is version 0. */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s.strip()));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelVersion other && other.version == version;
    }

    @Override
    public int hashCode() {
        return version;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
