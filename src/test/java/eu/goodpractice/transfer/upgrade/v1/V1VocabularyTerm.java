package eu.goodpractice.transfer.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Frozen copy of version 1 (commit ed6c57d): A space's own term of a vocabulary: an addition, a new name or a retirement (table AO_27884E_VOCABULARY_TERM). */
@Preload
@Table("VocabularyTerm")
public interface V1VocabularyTerm extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String KIND = "KIND";

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(100)
    String getTermKey();

    void setTermKey(String termKey);

    /** The name the space gave the term; null keeps the shipped, translated name. */
    String getLabel();

    void setLabel(String label);

    @NotNull
    @Default("false")
    boolean isRetired();

    void setRetired(boolean retired);

    @NotNull
    @Default("0")
    int getSortKey();

    void setSortKey(int sortKey);
}
