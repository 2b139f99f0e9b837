package eu.goodpractice.transfer.dashboard.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import eu.goodpractice.transfer.dashboard.DashboardFilter;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.ValidationException;
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

    static DashboardFilter filter(Map<String, String> parameters, ConversionContext context) {
        String spaces = parameters.get("spaces");
        if ((spaces == null || spaces.isBlank()) && context != null && context.getSpaceKey() != null) {
            spaces = context.getSpaceKey();
        }
        return DashboardFilter.parse(spaces, parameters.get("country"), parameters.get("theme"),
                parameters.get("status"), parameters.get("sort"), parameters.get("dir"), null,
                parameters.get("pageSize"));
    }

    static List<String> columns(String value) {
        if (value == null || value.isBlank()) {
            return DashboardView.COLUMNS;
        }
        List<String> columns = new ArrayList<>();
        FieldErrors errors = new FieldErrors();
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
        if (errors.hasErrors()) {
            throw new ValidationException(errors);
        }
        return columns;
    }
}
