package eu.goodpractice.transfer.upgrade.v1;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Frozen copy of version 1 (commit ed6c57d): Storage of one step (table AO_27884E_ACTION_STEP). Preloaded so a list is one SELECT, not one per row. */
@Preload
@Table("ActionStep")
public interface V1ActionStep extends Entity {
    String PLAN_ID = "PLAN_ID";
    String SORT_KEY = "SORT_KEY";
    String STATUS = "STATUS";
    String DUE_DATE = "DUE_DATE";
    String PRACTICE_PAGE_ID = "PRACTICE_PAGE_ID";

    @NotNull
    @Indexed
    int getPlanId();

    void setPlanId(int planId);

    /** Position within the plan; gaps are allowed, order is what counts. */
    @NotNull
    @Default("0")
    int getSortKey();

    void setSortKey(int sortKey);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    /** ISO date (yyyy-MM-dd): a calendar day, free of time zones, that sorts and compares as text. */
    @StringLength(10)
    String getDueDate();

    void setDueDate(String dueDate);

    /** A name name. */
    @NotNull
    @StringLength(32)
    String getStatus();

    void setStatus(String status);

    /** A name name. */
    @NotNull
    @StringLength(32)
    String getPriority();

    void setPriority(String priority);

    Long getPracticePageId();

    void setPracticePageId(Long practicePageId);

    /** Key of the assessment criterion (a barrier) the step addresses on its practice page, or null. */
    @StringLength(100)
    String getCriterion();

    void setCriterion(String criterion);

    /** Stakeholders involved, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getStakeholders();

    void setStakeholders(String stakeholders);

    /** An name name, or null. */
    @StringLength(32)
    String getAnchoring();

    void setAnchoring(String anchoring);

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
