package eu.goodpractice.transfer.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The version of the assessment of one practice for one target country (table AO_27884E_ASSESSMENT_STATE): every
 * batch of ratings must name it and counts it up. No row means version 0, nobody has rated yet.
 */
@Preload
@Table("AssessmentState")
public interface V1AssessmentVersion extends Entity {
    String PAGE_ID = "PAGE_ID";
    String COUNTRY = "COUNTRY";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(8)
    String getCountry();

    void setCountry(String country);

    @NotNull
    int getLockVersion();

    void setLockVersion(int lockVersion);
}
