package eu.goodpractice.transfer.engagement.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Storage of one dissemination activity with its last link check (table AO_27884E_DISSEMINATION). Preloaded so a
 * list is one SELECT. Column names avoid SQL keywords (TYPE, DATE, LANGUAGE), so raw queries need no quoting.
 */
@Preload
@Table("Dissemination")
public interface AoDissemination extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String ACTIVITY_TYPE = "ACTIVITY_TYPE";
    String ACTIVITY_DATE = "ACTIVITY_DATE";
    String COUNTRY = "COUNTRY";
    String REACH = "REACH";
    String LINK_URL = "LINK_URL";

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** A {@link eu.goodpractice.transfer.engagement.DisseminationType} name. */
    @NotNull
    @StringLength(32)
    String getActivityType();

    void setActivityType(String activityType);

    /** A {@link eu.goodpractice.transfer.engagement.ResultCategory} name, or null. */
    @StringLength(32)
    String getCategory();

    void setCategory(String category);

    /** ISO date (yyyy-MM-dd): a calendar day that sorts and compares as text. */
    @NotNull
    @StringLength(10)
    String getActivityDate();

    void setActivityDate(String activityDate);

    @NotNull
    String getTitle();

    void setTitle(String title);

    /** ISO 639-1 code, or null. */
    @StringLength(8)
    String getLanguageCode();

    void setLanguageCode(String languageCode);

    /** ISO 3166-1 alpha-2 code, or null. */
    @StringLength(2)
    String getCountry();

    void setCountry(String country);

    String getAudience();

    void setAudience(String audience);

    @NotNull
    @Default("0")
    long getReach();

    void setReach(long reach);

    @StringLength(StringLength.UNLIMITED)
    String getLinkUrl();

    void setLinkUrl(String linkUrl);

    /** Linked practice pages between commas, e.g. ",1101,1103,", so a filter is a plain LIKE. */
    @StringLength(StringLength.UNLIMITED)
    String getPracticePageIds();

    void setPracticePageIds(String practicePageIds);

    /** A {@link eu.goodpractice.transfer.engagement.LinkStatus} name. */
    @NotNull
    @StringLength(16)
    String getLinkStatus();

    void setLinkStatus(String linkStatus);

    Integer getLinkCode();

    void setLinkCode(Integer linkCode);

    @StringLength(32)
    String getLinkReason();

    void setLinkReason(String linkReason);

    Date getLinkCheckedAt();

    void setLinkCheckedAt(Date linkCheckedAt);

    @NotNull
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @NotNull
    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    @NotNull
    @Default("0")
    int getLockVersion();

    void setLockVersion(int lockVersion);
}
