package eu.goodpractice.transfer.practice.event;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.label.LabelAddEvent;
import com.atlassian.confluence.event.events.label.LabelRemoveEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventPublisher;
import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeLabelStore;
import eu.goodpractice.transfer.practice.PracticeProfile;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.shared.Audit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PracticePageListenerTest {
    @Mock EventPublisher eventPublisher;
    @Mock PracticeService practices;
    @Mock PracticeLabelStore labels;
    @InjectMocks PracticePageListener listener;

    @Test
    void listensFromStartToStop() {
        listener.start();
        listener.stop();
        verify(eventPublisher).register(listener);
        verify(eventPublisher).unregister(listener);
    }

    @Test
    void aNewPageWithTheProfileMacroIsRegisteredWithItsParameters() {
        listener.onCreate(new PageCreateEvent(this, page(7, "VET", "Mentoring",
                "<p>x</p><ac:structured-macro ac:name=\"practice-profile\"><ac:parameter ac:name=\"institution\">"
                        + "Omnia</ac:parameter><ac:parameter ac:name=\"targetGroups\">apprentices, adult-learners"
                        + "</ac:parameter></ac:structured-macro>")));

        verify(practices).register(eq(7L), eq("VET"), eq("Mentoring"), argThat(input ->
                "Omnia".equals(input.institution()) && input.targetGroups().size() == 2));
    }

    @Test
    void aRegisteredPracticeKeepsItsPublicLabelsNotThePersonalOnes() {
        Page page = labelled(page(7, "VET", "Mentoring", "<ac:structured-macro ac:name=\"practice-profile\">"
                + "</ac:structured-macro>"), new Label("apprenticeship"), new Label("Digital"),
                new Label("favourite", Namespace.PERSONAL));

        listener.onUpdate(new PageUpdateEvent(this, page));

        verify(labels).replace(7L, java.util.List.of("apprenticeship", "Digital"));
    }

    @Test
    void aLabelAddedToAPracticeIsKeptAndARemovedOneGoes() {
        when(practices.stored(7)).thenReturn(java.util.Optional.of(new Practice(7, "VET", "Mentoring",
                PracticeProfile.empty(), PracticeStatus.DRAFT, false,
                new Audit("ana", java.time.Instant.EPOCH, "ana", java.time.Instant.EPOCH, 0))));
        Page page = page(7, "VET", "Mentoring", "");

        listener.onLabelAdd(new LabelAddEvent(new Label("green-skills"), page));
        listener.onLabelRemove(new LabelRemoveEvent(new Label("digital"), page));

        verify(labels).add(7L, "green-skills");
        verify(labels).remove(7L, "digital");
    }

    @Test
    void labelsOfOrdinaryPagesAndPersonalLabelsAreNotKept() {
        when(practices.stored(8)).thenReturn(java.util.Optional.empty());

        listener.onLabelAdd(new LabelAddEvent(new Label("minutes"), page(8, "VET", "Minutes", "")));
        listener.onLabelAdd(new LabelAddEvent(new Label("todo", Namespace.PERSONAL), page(7, "VET", "x", "")));

        verify(labels, never()).add(anyLong(), any());
    }

    @Test
    void aPurgedPageLosesItsLabels() {
        listener.onRemove(new PageRemoveEvent(this, page(9, "VET", "x", "")));

        verify(labels).purge(9);
    }

    @Test
    void anOrdinaryPageIsLeftAlone() {
        listener.onCreate(new PageCreateEvent(this, page(8, "VET", "Minutes", "<p>practice-profile is a word</p>")));

        verify(practices, never()).register(anyLong(), any(), any(), any());
    }

    @Test
    void aMoveAndARenameTakeTheEntryAlongAndAPurgeRemovesIt() {
        listener.onMove(new PageMoveEvent(this, page(9, "OUT", "Moved", ""), new Space("VET")));
        listener.onUpdate(new PageUpdateEvent(this, page(9, "OUT", "Renamed", "")));
        listener.onRemove(new PageRemoveEvent(this, page(9, "OUT", "Renamed", "")));

        verify(practices).pageChanged(9, "OUT", "Moved");
        verify(practices).pageChanged(9, "OUT", "Renamed");
        verify(practices).pagePurged(9);
    }

    @Test
    void aFailureNeverReachesThePageSaveThatCausedTheEvent() {
        doThrow(new IllegalStateException("database down")).when(practices).pagePurged(anyLong());

        assertThatCode(() -> listener.onRemove(new PageRemoveEvent(this, page(9, "VET", "x", ""))))
                .doesNotThrowAnyException();
    }

    private static Page labelled(Page plain, Label... names) {
        Page page = new Page() {
            @Override
            public java.util.List<Label> getLabels() {
                return java.util.List.of(names);
            }
        };
        page.setId(plain.getId());
        page.setTitle(plain.getTitle());
        page.setSpace(plain.getSpace());
        page.setBodyAsString(plain.getBodyAsString());
        return page;
    }

    private static Page page(long id, String spaceKey, String title, String body) {
        Page page = new Page();
        page.setId(id);
        page.setTitle(title);
        page.setSpace(new Space(spaceKey));
        page.setBodyAsString(body);
        return page;
    }
}
