package eu.goodpractice.transfer.dashboard.ao;

import eu.goodpractice.transfer.dashboard.DashboardFilter;
import eu.goodpractice.transfer.practice.ao.AoPractice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The dashboard filter as a WHERE clause on the registry's practice table, the same for the page of rows (Active
 * Objects' raw WHERE, bare names) and for the counts (plain SQL, quoted names): only how a column is named and how the
 * labelled pages are found differ, so the two cannot come to disagree on what matches.
 */
record PracticeWhere(String sql, List<Object> values) {

    /**
     * @param column   how the statement names a column of the practice table
     * @param labelled the condition that a practice's page carries one of the labels, with its values
     */
    static PracticeWhere of(Set<String> spaces, DashboardFilter filter, UnaryOperator<String> column,
                            Function<Set<String>, PracticeWhere> labelled) {
        List<String> clauses = new ArrayList<>();
        List<Object> values = new ArrayList<>(spaces);
        clauses.add(column.apply(AoPractice.SPACE_KEY) + " IN (" + placeholders(spaces) + ")");
        clauses.add(column.apply(AoPractice.TRASHED) + " = ?");
        values.add(false);
        if (filter.country() != null) {
            clauses.add(column.apply(AoPractice.COUNTRY) + " = ?");
            values.add(filter.country());
        }
        if (filter.theme() != null) {
            clauses.add(column.apply(AoPractice.THEME) + " = ?");
            values.add(filter.theme());
        }
        if (filter.status() != null) {
            clauses.add(column.apply(AoPractice.STATUS) + " = ?");
            values.add(filter.status().name());
        }
        if (!filter.labels().isEmpty()) {
            PracticeWhere labels = labelled.apply(filter.labels());
            clauses.add(labels.sql());
            values.addAll(labels.values());
        }
        return new PracticeWhere(String.join(" AND ", clauses), values);
    }

    static String placeholders(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}
