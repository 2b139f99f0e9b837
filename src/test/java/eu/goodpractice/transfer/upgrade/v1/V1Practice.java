package eu.goodpractice.transfer.upgrade.v1;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The registry entry of one practice page (table AO_27884E_PRACTICE). Lists filter on plain columns: target groups
 * and EQF levels are stored between commas (",3,4,") and SEARCH_TEXT holds title, summary and institution in lower
 * case, because Active Objects cannot quote a column inside a function call on PostgreSQL.
 */
@Preload
@Table("Practice")
public interface V1Practice extends Entity {
    String PAGE_ID = "PAGE_ID";
    String SPACE_KEY = "SPACE_KEY";
    String SORT_TITLE = "SORT_TITLE";
    String COUNTRY = "COUNTRY";
    String THEME = "THEME";
    String STATUS = "STATUS";
    String EQF_LEVELS = "EQF_LEVELS";
    String SEARCH_TEXT = "SEARCH_TEXT";
    String TRASHED = "TRASHED";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getTitle();

    void setTitle(String title);

    /** The title in lower case, for a list order that ignores case. */
    @NotNull
    String getSortTitle();

    void setSortTitle(String sortTitle);

    @StringLength(StringLength.UNLIMITED)
    String getSummary();

    void setSummary(String summary);

    String getInstitution();

    void setInstitution(String institution);

    @StringLength(8)
    String getCountry();

    void setCountry(String country);

    String getRegion();

    void setRegion(String region);

    @StringLength(100)
    String getTheme();

    void setTheme(String theme);

    @StringLength(StringLength.UNLIMITED)
    String getTargetGroups();

    void setTargetGroups(String targetGroups);

    @StringLength(32)
    String getEqfLevels();

    void setEqfLevels(String eqfLevels);

    String getSector();

    void setSector(String sector);

    @StringLength(32)
    String getInnovationType();

    void setInnovationType(String innovationType);

    @StringLength(10)
    String getStartDate();

    void setStartDate(String startDate);

    @StringLength(10)
    String getEndDate();

    void setEndDate(String endDate);

    boolean isOngoing();

    void setOngoing(boolean ongoing);

    @StringLength(8)
    String getPageLanguage();

    void setPageLanguage(String pageLanguage);

    @StringLength(StringLength.UNLIMITED)
    String getEnglishSummary();

    void setEnglishSummary(String englishSummary);

    @StringLength(StringLength.UNLIMITED)
    String getSearchText();

    void setSearchText(String searchText);

    @NotNull
    @StringLength(32)
    String getStatus();

    void setStatus(String status);

    @NotNull
    @Default("false")
    boolean isTrashed();

    void setTrashed(boolean trashed);

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
