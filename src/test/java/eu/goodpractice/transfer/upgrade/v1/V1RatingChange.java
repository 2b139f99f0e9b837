package eu.goodpractice.transfer.upgrade.v1;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One change of a rating, kept for good (table AO_27884E_RATING_CHANGE): a rating added (no old value), changed, or
 * removed (no new value).
 */
@Preload
@Table("RatingChange")
public interface V1RatingChange extends Entity {
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
    @StringLength(100)
    String getCriterionKey();

    void setCriterionKey(String criterionKey);

    @NotNull
    String getAssessorKey();

    void setAssessorKey(String assessorKey);

    @StringLength(8)
    String getOldValue();

    void setOldValue(String oldValue);

    @StringLength(8)
    String getNewValue();

    void setNewValue(String newValue);

    @StringLength(StringLength.UNLIMITED)
    String getRationale();

    void setRationale(String rationale);

    @NotNull
    Date getChangedAt();

    void setChangedAt(Date changedAt);
}
