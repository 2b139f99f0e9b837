package eu.goodpractice.transfer.practice.event;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventPublisher;
import eu.goodpractice.transfer.practice.PracticeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PracticePageListenerTest {
    @Mock EventPublisher eventPublisher;
    @Mock PracticeService practices;
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

    private static Page page(long id, String spaceKey, String title, String body) {
        Page page = new Page();
        page.setId(id);
        page.setTitle(title);
        page.setSpace(new Space(spaceKey));
        page.setBodyAsString(body);
        return page;
    }
}
