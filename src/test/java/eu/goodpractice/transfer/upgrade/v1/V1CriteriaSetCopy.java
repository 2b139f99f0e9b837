package eu.goodpractice.transfer.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One saved version of a space's copy of the criteria set (table AO_27884E_CRITERIA_SET_COPY). Every save adds a
 * row, so the versions earlier assessments were made with stay readable. The set itself is one JSON document: it is
 * always read and written whole, never queried by its parts.
 */
@Preload
@Table("CriteriaSetCopy")
public interface V1CriteriaSetCopy extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String SET_VERSION = "SET_VERSION";

    @NotNull
    @Indexed
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    int getSetVersion();

    void setSetVersion(int setVersion);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDocument();

    void setDocument(String document);
}
