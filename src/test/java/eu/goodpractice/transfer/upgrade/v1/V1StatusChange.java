package eu.goodpractice.transfer.upgrade.v1;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Frozen copy of version 1 (commit ed6c57d): One status change of a practice, kept for good (table AO_27884E_STATUS_CHANGE). */
@Preload
@Table("StatusChange")
public interface V1StatusChange extends Entity {
    String PAGE_ID = "PAGE_ID";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(32)
    String getTransition();

    void setTransition(String transition);

    @NotNull
    @StringLength(32)
    String getFromStatus();

    void setFromStatus(String fromStatus);

    @NotNull
    @StringLength(32)
    String getToStatus();

    void setToStatus(String toStatus);

    @NotNull
    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    Date getChangedAt();

    void setChangedAt(Date changedAt);

    /** Why: required when a coordinator returns a practice. */
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);
}
