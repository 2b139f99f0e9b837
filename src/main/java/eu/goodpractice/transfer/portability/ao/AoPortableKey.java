package eu.goodpractice.transfer.portability.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The portable key an imported record came with, so that importing the same file again (or a file exported from
 * this space after the import) finds the record instead of creating a second one. Records never imported have no
 * row here: their key is derived from site, space, section and id.
 */
@Preload
@Table("PortableKey")
public interface AoPortableKey extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String SECTION = "SECTION";
    String LOCAL_ID = "LOCAL_ID";

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(32)
    String getSection();

    void setSection(String section);

    @NotNull
    @StringLength(100)
    String getPortableKey();

    void setPortableKey(String portableKey);

    @NotNull
    int getLocalId();

    void setLocalId(int localId);
}
