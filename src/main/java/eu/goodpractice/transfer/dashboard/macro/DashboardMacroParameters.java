package eu.goodpractice.transfer.dashboard.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import eu.goodpractice.transfer.dashboard.DashboardFilter;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.ValidationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the dashboards' macro parameters with the same rules as the REST API. {@code spaces} defaults to the page's
 * own space ("all": every space the viewer may view); {@code pageSize} is the REST {@code limit}; {@code columns}
 * picks and orders the dashboard's columns besides the title.
 */
final class DashboardMacroParameters {
    private DashboardMacroParameters() {
    }

    /** The filter, or null with its problems in {@code errors}, named as the macro's parameters are. */
    static DashboardFilter filter(Map<String, String> parameters, ConversionContext context, FieldErrors errors) {
        String spaces = parameters.get("spaces");
        if ((spaces == null || spaces.isBlank()) && context != null && context.getSpaceKey() != null) {
            spaces = context.getSpaceKey();
        }
        try {
            return DashboardFilter.parse(spaces, parameters.get("country"), parameters.get("theme"),
                    parameters.get("status"), parameters.get("label"), parameters.get("sort"), parameters.get("dir"), null,
                    parameters.get("pageSize"));
        } catch (ValidationException e) {
            e.errors().byField().forEach((field, problem) -> errors.add(field.equals("limit") ? "pageSize" : field,
                    problem.messageKey(), problem.arguments().toArray(new Serializable[0])));
            return null;
        }
    }

    /** The columns named, in their order; unknown ones are recorded in {@code errors}. */
    static List<String> columns(String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return DashboardView.COLUMNS;
        }
        List<String> columns = new ArrayList<>();
        for (String part : value.split(",")) {
            String column = part.strip().toLowerCase(Locale.ROOT);
            if (column.isEmpty() || columns.contains(column)) {
                continue;
            }
            if (DashboardView.COLUMNS.contains(column)) {
                columns.add(column);
            } else {
                errors.add("columns", "transfer.validation.choice", part.strip());
            }
        }
        return columns;
    }
}
