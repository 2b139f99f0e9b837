package eu.goodpractice.transfer.portability;

/** What an import did (or, in a dry run, would do) with the records of one section. */
public record SectionCounts(int created, int updated, int unchanged, int unmapped) {
    public static final SectionCounts NONE = new SectionCounts(0, 0, 0, 0);

    public SectionCounts plus(SectionCounts other) {
        return new SectionCounts(created + other.created, updated + other.updated, unchanged + other.unchanged,
                unmapped + other.unmapped);
    }
}
