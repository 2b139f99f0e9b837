package eu.goodpractice.transfer.practice.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import eu.goodpractice.transfer.practice.PracticeLabelStore;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link PracticeLabelStore} on Active Objects; names are kept in lower case, as Confluence keeps labels. */
public class ActiveObjectsPracticeLabelStore implements PracticeLabelStore {
    private final ActiveObjects ao;

    public ActiveObjectsPracticeLabelStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Set<String> labels(long pageId) {
        Set<String> labels = new TreeSet<>();
        for (AoPracticeLabel row : ao.find(AoPracticeLabel.class, Query.select()
                .where(AoPracticeLabel.PAGE_ID + " = ?", pageId))) {
            labels.add(row.getLabelName());
        }
        return labels;
    }

    @Override
    public void replace(long pageId, Collection<String> labels) {
        Set<String> names = new TreeSet<>();
        labels.forEach(label -> names.add(normal(label)));
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AoPracticeLabel.class, AoPracticeLabel.PAGE_ID + " = ?", pageId);
            for (String name : names) {
                insert(pageId, name);
            }
            return null;
        });
    }

    @Override
    public void add(long pageId, String label) {
        String name = normal(label);
        ao.executeInTransaction(() -> {
            // delete first, so a label event delivered twice leaves one row
            delete(pageId, name);
            insert(pageId, name);
            return null;
        });
    }

    @Override
    public void remove(long pageId, String label) {
        ao.executeInTransaction(() -> delete(pageId, normal(label)));
    }

    @Override
    public void purge(long pageId) {
        ao.deleteWithSQL(AoPracticeLabel.class, AoPracticeLabel.PAGE_ID + " = ?", pageId);
    }

    private int delete(long pageId, String name) {
        return ao.deleteWithSQL(AoPracticeLabel.class, AoPracticeLabel.PAGE_ID + " = ? AND "
                + AoPracticeLabel.LABEL_NAME + " = ?", pageId, name);
    }

    private void insert(long pageId, String name) {
        ao.create(AoPracticeLabel.class, new DBParam(AoPracticeLabel.PAGE_ID, pageId),
                new DBParam(AoPracticeLabel.LABEL_NAME, name));
    }

    private static String normal(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
