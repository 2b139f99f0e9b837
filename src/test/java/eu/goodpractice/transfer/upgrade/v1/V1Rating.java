package eu.goodpractice.transfer.upgrade.v1;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One assessor's current rating of one criterion for a practice and target country (table AO_27884E_RATING). The
 * criteria set's key and version are kept with each rating, so a rating stays readable after the set changes.
 */
@Preload
@Table("Rating")
public interface V1Rating extends Entity {
    String PAGE_ID = "PAGE_ID";
    String COUNTRY = "COUNTRY";
    String ASSESSOR_KEY = "ASSESSOR_KEY";
    String CRITERION_KEY = "CRITERION_KEY";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** ISO 3166-1 alpha-2 code of the target country. */
    @NotNull
    @StringLength(8)
    String getCountry();

    void setCountry(String country);

    @NotNull
    @StringLength(100)
    String getCriterionKey();

    void setCriterionKey(String criterionKey);

    @NotNull
    String getAssessorKey();

    void setAssessorKey(String assessorKey);

    /** "1".."5", "NA" or "DK". */
    @NotNull
    @StringLength(8)
    String getRatingValue();

    void setRatingValue(String ratingValue);

    @StringLength(StringLength.UNLIMITED)
    String getRationale();

    void setRationale(String rationale);

    @StringLength(450)
    String getEvidenceUrl();

    void setEvidenceUrl(String evidenceUrl);

    @NotNull
    @StringLength(100)
    String getSetKey();

    void setSetKey(String setKey);

    @NotNull
    int getSetVersion();

    void setSetVersion(int setVersion);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
