package eu.goodpractice.transfer.workbench.host;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import java.util.Arrays;
import java.util.List;

/** A page of the stand-in with its public labels, which the real page reads from its labellings. */
public class StandInPage extends Page {
    private List<Label> labels = List.of();

    /** "digital, green-skills" (as the workbench keeps them) or null. */
    public StandInPage withLabels(String commaSeparated) {
        labels = commaSeparated == null ? List.of() : Arrays.stream(commaSeparated.split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).map(Label::new).toList();
        return this;
    }

    @Override
    public List<Label> getLabels() {
        return labels;
    }
}
