package eu.goodpractice.transfer.contract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.workbench.host.AppTableNames;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.ActiveObjectsException;
import net.java.ao.Common;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.FieldNameConverter;
import org.junit.jupiter.api.Test;

/**
 * The table and column names Confluence's Active Objects plugin will give the descriptor's entities, computed with
 * the Atlassian converters: each must fit Oracle's 30 characters and avoid the words AO refuses, and (our own, stricter
 * rule) the SQL keywords that make hand-written queries painful.
 */
class AoNamesTest {
    private static final int MAX_LENGTH = 30;
    /** Names the Atlassian AO validator rejects outright. */
    private static final Set<String> REJECTED_BY_AO = Set.of("BLOB", "CLOB", "NUMBER", "ROWID", "TIMESTAMP",
            "VARCHAR2");
    /** Accepted by AO (it quotes them), but every raw SQL statement would have to quote them too. */
    private static final Set<String> SQL_KEYWORDS = Set.of("KEY", "USER", "ORDER", "VALUE", "DATE", "POSITION",
            "VERSION", "LEVEL", "COMMENT", "GROUP", "SELECT", "TABLE");

    private final Descriptor descriptor = Descriptor.built();
    private final List<String> refusedByTheConverters = new ArrayList<>();

    @Test
    void tablePrefixIsDerivedFromTheDescriptorsNamespaceAsConfluenceDoes() {
        // Team Calendars hard-codes AO_950DC3_TC_SUBCALS for its namespace: the same rule must give that prefix.
        assertThat(AppTableNames.prefixOf("com.atlassian.confluence.extra.team-calendars"))
                .as("prefix rule checked against a known Confluence app").isEqualTo("AO_950DC3_");
        String namespace = descriptor.aoNamespace();
        assertThat(namespace).as("<ao namespace> in %s", Descriptor.BUILT).isNotBlank();
        assertThat(AppTableNames.NAMESPACE)
                .as("AppTableNames (used by the storage tests) must use the descriptor's <ao namespace>, or those "
                        + "tests run against other table names than Confluence's").isEqualTo(namespace);
        assertThat(AppTableNames.prefixOf(namespace)).matches("AO_[0-9A-F]{6}_");
    }

    @Test
    void tableAndColumnNamesFitOracleAndAreNotRejectedByAo() {
        Map<String, Set<String>> names = names();
        List<String> problems = new ArrayList<>(refusedByTheConverters);
        names.forEach((entity, entityNames) -> entityNames.forEach(name -> {
            if (name.length() > MAX_LENGTH) {
                problems.add(entity + ": " + name + " has " + name.length() + " characters (AO refuses > 30)");
            }
            if (REJECTED_BY_AO.contains(unprefixed(name).toUpperCase(Locale.ENGLISH))) {
                problems.add(entity + ": " + name + " is a word AO refuses " + REJECTED_BY_AO);
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void noTableOrColumnIsNamedLikeACommonSqlKeyword() {
        List<String> problems = new ArrayList<>();
        names().forEach((entity, names) -> names.stream()
                .filter(name -> SQL_KEYWORDS.contains(unprefixed(name).toUpperCase(Locale.ENGLISH)))
                .forEach(name -> problems.add(entity + ": " + name)));
        assertThat(problems).as("names that are SQL keywords %s: AO accepts them but every raw query must quote "
                + "them; choose another getter name or @Mutator/@Accessor name", SQL_KEYWORDS).isEmpty();
    }

    @Test
    void computesTheNamesConfluenceUses() {
        Map<String, Set<String>> names = names();
        assertThat(names).as("entities of <ao> in %s", Descriptor.BUILT).isNotEmpty();
        String prefix = AppTableNames.prefixOf(descriptor.aoNamespace());
        names.forEach((entity, entityNames) -> {
            String table = entityNames.iterator().next();
            assertThat(table).as("table of %s", entity).startsWith(prefix);
            assertThat(new AppTableNames().getName(entity(entity)))
                    .as("AppTableNames, the storage tests' converter, must name %s as Confluence does", entity)
                    .isEqualTo(table);
            assertThat(entityNames).as("columns of %s", entity).contains("ID");
        });
    }

    /**
     * Entity class name -> its table name first, then its column names. An entity the Atlassian converters refuse
     * (they check the length themselves) is left out and noted in {@link #refusedByTheConverters}.
     */
    private Map<String, Set<String>> names() {
        refusedByTheConverters.clear();
        String prefix = AppTableNames.prefixOf(descriptor.aoNamespace());
        AtlassianTableNameConverter tables = new AtlassianTableNameConverter(name -> prefix + name);
        FieldNameConverter fields = new AtlassianFieldNameConverter();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (String className : descriptor.aoEntities()) {
            Class<? extends RawEntity<?>> entity = entity(className);
            Set<String> entityNames = new LinkedHashSet<>();
            try {
                entityNames.add(tables.getName(entity));
                Set<String> columns = new TreeSet<>();
                for (Method method : Common.getValueFieldsMethods(entity, fields)) {
                    columns.add(fields.getName(method));
                    String polyType = fields.getPolyTypeName(method);
                    if (polyType != null) {
                        columns.add(polyType);
                    }
                }
                entityNames.addAll(columns);
            } catch (ActiveObjectsException e) {
                refusedByTheConverters.add(className + ": the Atlassian converters refuse it: " + e.getMessage());
                continue;
            }
            names.put(className, entityNames);
        }
        return names;
    }

    private String unprefixed(String name) {
        String prefix = AppTableNames.prefixOf(descriptor.aoNamespace());
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>> entity(String className) {
        Class<?> type = DescriptorTest.load(className);
        assertThat(RawEntity.class.isAssignableFrom(type)).as("%s is an AO entity", className).isTrue();
        return (Class<? extends RawEntity<?>>) type;
    }
}
