package eu.goodpractice.transfer.engagement.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Storage of a stakeholder (table AO_27884E_STAKEHOLDER). Preloaded so a list is one SELECT. */
@Preload
@Table("Stakeholder")
public interface AoStakeholder extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String SORT_NAME = "SORT_NAME";

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getOrganisation();

    void setOrganisation(String organisation);

    /** The organisation in lower case, for the list order. */
    @NotNull
    String getSortName();

    void setSortName(String sortName);

    @NotNull
    @StringLength(40)
    String getOrgType();

    void setOrgType(String orgType);

    /** The stakeholder level (LEVEL is an SQL keyword). */
    @NotNull
    @StringLength(20)
    String getReach();

    void setReach(String reach);

    /** ISO 3166-1 alpha-2 code. */
    @NotNull
    @StringLength(8)
    String getCountry();

    void setCountry(String country);

    String getContactName();

    void setContactName(String contactName);

    String getContactRole();

    void setContactRole(String contactRole);

    String getContactEmail();

    void setContactEmail(String contactEmail);

    String getConsentBy();

    void setConsentBy(String consentBy);

    /** ISO date (yyyy-MM-dd). */
    @StringLength(10)
    String getConsentDate();

    void setConsentDate(String consentDate);

    String getConsentPurpose();

    void setConsentPurpose(String consentPurpose);

    @NotNull
    @Default("false")
    boolean isRetired();

    void setRetired(boolean retired);

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
