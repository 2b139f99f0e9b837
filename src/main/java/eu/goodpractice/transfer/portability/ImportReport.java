package eu.goodpractice.transfer.portability;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an import: per section how many records were (or would be) created, updated, left unchanged or
 * left out for want of their page, and the pages of the file that the target space lacks. {@code imported} is
 * false for a dry run, which writes nothing.
 */
public record ImportReport(String spaceKey, boolean dryRun, boolean imported, Map<String, SectionCounts> sections,
                           List<PageRef> unmappedPages) {
}
