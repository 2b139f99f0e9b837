package eu.goodpractice.transfer.practice;

import java.util.Collection;
import java.util.Set;

/** The public labels of practice pages, kept in step with Confluence's labels for the dashboards' label filter. */
public interface PracticeLabelStore {
    /** The page's labels, in name order. */
    Set<String> labels(long pageId);

    /** The page now has exactly these labels (in one transaction). */
    void replace(long pageId, Collection<String> labels);

    /** A label was added to the page; adding one it has changes nothing. */
    void add(long pageId, String label);

    /** A label was removed from the page. */
    void remove(long pageId, String label);

    /** The page was purged: its labels go. */
    void purge(long pageId);
}
