package eu.goodpractice.transfer.practice;

import eu.goodpractice.transfer.shared.Audit;

/**
 * A documented practice: its page (by id, space and title, which follow the page), its profile and its status.
 * A trashed practice is kept with its data but left out of lists until the page is restored.
 */
public record Practice(long pageId, String spaceKey, String title, PracticeProfile profile, PracticeStatus status,
                       boolean trashed, Audit audit) {
}
