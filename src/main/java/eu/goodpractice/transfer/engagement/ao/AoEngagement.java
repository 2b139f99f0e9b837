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
 * Storage of an engagement (table AO_27884E_ENGAGEMENT). Links are ids between commas ({@code ,3,17,}), so "which
 * engagements name stakeholder 3" is a plain {@code LIKE '%,3,%'} and a list stays one SELECT.
 */
@Preload
@Table("Engagement")
public interface AoEngagement extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String ENGAGED_ON = "ENGAGED_ON";
    String STAKEHOLDER_IDS = "STAKEHOLDER_IDS";

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** ISO date (yyyy-MM-dd): sorts and compares as text. */
    @NotNull
    @StringLength(10)
    String getEngagedOn();

    void setEngagedOn(String engagedOn);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getStakeholderIds();

    void setStakeholderIds(String stakeholderIds);

    @NotNull
    @StringLength(20)
    String getFormat();

    void setFormat(String format);

    @NotNull
    String getTopic();

    void setTopic(String topic);

    @StringLength(StringLength.UNLIMITED)
    String getOutcome();

    void setOutcome(String outcome);

    @StringLength(StringLength.UNLIMITED)
    String getFollowUp();

    void setFollowUp(String followUp);

    @StringLength(StringLength.UNLIMITED)
    String getPracticePageIds();

    void setPracticePageIds(String practicePageIds);

    @StringLength(StringLength.UNLIMITED)
    String getActionStepIds();

    void setActionStepIds(String actionStepIds);

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
