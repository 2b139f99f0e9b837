package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.shared.Audit;
import java.time.LocalDate;
import java.util.List;

/**
 * One dissemination activity of a working group's space: a talk, a fair stand, an article, a newsletter. Reach is how
 * many people it reached (0 when unknown); the link, when given, is checked by the link check.
 */
public record DisseminationActivity(
        int id,
        String spaceKey,
        DisseminationType type,
        ResultCategory category,
        LocalDate date,
        String title,
        String language,
        String country,
        String audience,
        long reach,
        String link,
        List<Long> practicePageIds,
        LinkCheck linkCheck,
        Audit audit) {

    public DisseminationActivity {
        practicePageIds = List.copyOf(practicePageIds);
        linkCheck = linkCheck == null ? LinkCheck.NEVER : linkCheck;
    }

    public boolean hasDeadLink() {
        return link != null && linkCheck.status() == LinkStatus.DEAD;
    }
}
