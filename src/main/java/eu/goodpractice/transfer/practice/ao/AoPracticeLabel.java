package eu.goodpractice.transfer.practice.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One public label of a practice page (table AO_27884E_PRACTICE_LABEL), kept from Confluence's label events so the
 * dashboards filter by label in SQL. Only registered practice pages have rows.
 */
@Preload
@Table("PracticeLabel")
public interface AoPracticeLabel extends Entity {
    String PAGE_ID = "PAGE_ID";
    String LABEL_NAME = "LABEL_NAME";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** As Confluence keeps it: lower case, at most 255 characters. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getLabelName();

    void setLabelName(String labelName);
}
