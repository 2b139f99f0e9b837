package eu.goodpractice.transfer.practice.event;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import eu.goodpractice.transfer.practice.PracticeInput;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.shared.StorageMacros;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the practice registry in step with the pages: a page created or edited with the practice-profile macro is
 * registered; a renamed or moved page takes its entry along; a trashed page hides it (kept with its data), a
 * restored page brings it back as it was, a purged page removes it. A failure here is logged, never passed on to
 * the page save that caused the event.
 */
public class PracticePageListener {
    private static final Logger LOG = LoggerFactory.getLogger(PracticePageListener.class);

    private final EventPublisher eventPublisher;
    private final PracticeService practices;

    public PracticePageListener(EventPublisher eventPublisher, PracticeService practices) {
        this.eventPublisher = eventPublisher;
        this.practices = practices;
    }

    /** Spring init-method: starts listening. */
    public void start() {
        eventPublisher.register(this);
    }

    /** Spring destroy-method: stops listening when the app is disabled or updated. */
    public void stop() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onCreate(PageCreateEvent event) {
        safely("create", event.getPage(), () -> registerIfPractice(event.getPage()));
    }

    @EventListener
    public void onUpdate(PageUpdateEvent event) {
        Page page = event.getPage();
        safely("update", page, () -> {
            practices.pageChanged(page.getId(), page.getSpaceKey(), page.getTitle());
            registerIfPractice(page);
        });
    }

    @EventListener
    public void onMove(PageMoveEvent event) {
        Page page = event.getPage();
        safely("move", page, () -> practices.pageChanged(page.getId(), page.getSpaceKey(), page.getTitle()));
    }

    @EventListener
    public void onTrash(PageTrashedEvent event) {
        safely("trash", event.getPage(), () -> practices.pageTrashed(event.getPage().getId()));
    }

    @EventListener
    public void onRestore(PageRestoreEvent event) {
        Page page = event.getPage();
        safely("restore", page, () -> {
            practices.pageRestored(page.getId());
            practices.pageChanged(page.getId(), page.getSpaceKey(), page.getTitle());
        });
    }

    @EventListener
    public void onRemove(PageRemoveEvent event) {
        safely("purge", event.getPage(), () -> practices.pagePurged(event.getPage().getId()));
    }

    private void registerIfPractice(Page page) {
        Optional<Map<String, String>> parameters = StorageMacros.parameters(page.getBodyAsString(), "practice-profile");
        if (parameters.isPresent()) {
            practices.register(page.getId(), page.getSpaceKey(), page.getTitle(),
                    PracticeInput.fromMacroParameters(parameters.get()));
        }
    }

    private static void safely(String what, Page page, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("Could not update the practice registry after the {} of page {}", what,
                    page == null ? "?" : page.getId(), e);
        }
    }
}
