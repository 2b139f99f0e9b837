package eu.goodpractice.transfer.assessment.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The stored result of one practice page for one target country (table AO_27884E_RESULT_SUMMARY), rewritten with
 * every batch of ratings and whenever the space's criteria set changes. Dashboards filter, count and sort on its
 * indexed columns; the ratings stay the truth.
 */
@Preload
@Table("ResultSummary")
public interface AoResultSummary extends Entity {
    String PAGE_ID = "PAGE_ID";
    String SPACE_KEY = "SPACE_KEY";
    String COUNTRY = "COUNTRY";
    String SCORE = "SCORE";
    String BAND = "BAND";
    String COVERAGE = "COVERAGE";
    String ASSESSORS = "ASSESSORS";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @Indexed
    @StringLength(8)
    String getCountry();

    void setCountry(String country);

    /** The overall score rounded to one decimal; null until any criterion is rated. */
    Double getScore();

    void setScore(Double score);

    /** The band's name; null while the assessment is incomplete. */
    @Indexed
    @StringLength(16)
    String getBand();

    void setBand(String band);

    @NotNull
    double getCoverage();

    void setCoverage(double coverage);

    @NotNull
    int getAssessors();

    void setAssessors(int assessors);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
