package eu.goodpractice.transfer.portability;

import java.util.List;
import java.util.Map;

/**
 * All app data of one space, as a data file carries it: the space and site it came from, every page it refers to
 * (by space and title) and the records of each section (practices, ratings, action plans ...), in the order in
 * which they can be written back.
 */
public record SpaceData(String spaceKey, String baseUrl, Map<Long, PageRef> pages,
                        Map<String, List<PortableRow>> sections) {
}
