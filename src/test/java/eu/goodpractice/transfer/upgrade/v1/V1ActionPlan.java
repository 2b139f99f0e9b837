package eu.goodpractice.transfer.upgrade.v1;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Frozen copy of version 1 (commit ed6c57d): Storage of an action plan (table AO_27884E_ACTION_PLAN). Preloaded so a list is one SELECT, not one per row. */
@Preload
@Table("ActionPlan")
public interface V1ActionPlan extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String INSTITUTION_KEY = "INSTITUTION_KEY";

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** The institution's name as written. */
    @NotNull
    String getInstitution();

    void setInstitution(String institution);

    /** The name in lower case: one plan per institution and space, whatever the spelling, and the list order. */
    @NotNull
    @Indexed
    String getInstitutionKey();

    void setInstitutionKey(String institutionKey);

    /** ISO 3166-1 alpha-2 code. */
    @NotNull
    @StringLength(8)
    String getCountry();

    void setCountry(String country);

    String getResponsibleKey();

    void setResponsibleKey(String responsibleKey);

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
