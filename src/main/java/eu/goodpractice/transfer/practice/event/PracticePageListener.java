package eu.goodpractice.transfer.practice.event;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.label.LabelAddEvent;
import com.atlassian.confluence.event.events.label.LabelEvent;
import com.atlassian.confluence.event.events.label.LabelRemoveEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import eu.goodpractice.transfer.practice.PracticeInput;
import eu.goodpractice.transfer.practice.PracticeLabelStore;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.shared.StorageMacros;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the practice registry in step with the pages: a page created or edited with the practice-profile macro is
 * registered; a renamed or moved page takes its entry along; a trashed page hides it (kept with its data), a
 * restored page brings it back as it was, a purged page removes it. A practice page's public labels are kept
 * beside its entry: all of them when it is registered or edited, then each label added or removed. A failure here
 * is logged, never passed on to the page save that caused the event.
 */
public class PracticePageListener {
    private static final Logger LOG = LoggerFactory.getLogger(PracticePageListener.class);

    private final EventPublisher eventPublisher;
    private final PracticeService practices;
    private final PracticeLabelStore labels;

    public PracticePageListener(EventPublisher eventPublisher, PracticeService practices, PracticeLabelStore labels) {
        this.eventPublisher = eventPublisher;
        this.practices = practices;
        this.labels = labels;
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
        safely("purge", event.getPage(), () -> {
            practices.pagePurged(event.getPage().getId());
            labels.purge(event.getPage().getId());
        });
    }

    /** A public label added to a registered practice page (pages not registered yet get theirs on registering). */
    @EventListener
    public void onLabelAdd(LabelAddEvent event) {
        publicLabelOfPage(event).ifPresent(page -> safely("labelling", page, () -> {
            if (practices.stored(page.getId()).isPresent()) {
                labels.add(page.getId(), event.getLabel().getName());
            }
        }));
    }

    @EventListener
    public void onLabelRemove(LabelRemoveEvent event) {
        publicLabelOfPage(event).ifPresent(page -> safely("unlabelling", page,
                () -> labels.remove(page.getId(), event.getLabel().getName())));
    }

    private void registerIfPractice(Page page) {
        Optional<Map<String, String>> parameters = StorageMacros.parameters(page.getBodyAsString(), "practice-profile");
        if (parameters.isPresent()) {
            practices.register(page.getId(), page.getSpaceKey(), page.getTitle(),
                    PracticeInput.fromMacroParameters(parameters.get()));
            labels.replace(page.getId(), publicNames(page.getLabels()));
        }
    }

    /** The page the event's label is on, when it is a page and the label is public (not a personal "my:" one). */
    private static Optional<Page> publicLabelOfPage(LabelEvent event) {
        if (event.getLabelled() instanceof Page page && isPublic(event.getLabel())) {
            return Optional.of(page);
        }
        return Optional.empty();
    }

    private static List<String> publicNames(List<Label> all) {
        return all == null ? List.of() : all.stream().filter(PracticePageListener::isPublic).map(Label::getName)
                .toList();
    }

    private static boolean isPublic(Label label) {
        return label != null && label.getName() != null && (label.getNamespace() == null
                || Namespace.GLOBAL.getPrefix().equals(label.getNamespace().getPrefix()));
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
