package eu.goodpractice.transfer.portability.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import eu.goodpractice.transfer.engagement.ao.LinkedIds;
import eu.goodpractice.transfer.portability.PortableRow;
import eu.goodpractice.transfer.portability.SectionCounts;
import eu.goodpractice.transfer.portability.SpaceData;
import eu.goodpractice.transfer.shared.FieldErrors;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Entity;

/**
 * One pass of an import into a space, section by section in writing order. Each record of the file is matched with
 * the space's record of the same portable key, else of the same natural identity (a practice's page, a rating's
 * page, country, criterion and assessor), and then left alone when equal, updated when not, or created. Without
 * {@code writing} the pass only counts and checks, giving records it would create made-up ids for the references
 * of later sections.
 */
final class SpaceImport {
    private static final int MAX_KEY_LENGTH = 100;

    private final ActiveObjectsSpaceDataStore store;
    private final ActiveObjects ao;
    private final String spaceKey;
    private final String baseUrl;
    private final SpaceData data;
    private final Map<Long, Long> targetPages;
    private final boolean writing;
    private final FieldErrors errors = new FieldErrors();
    /** section to the file's keys and the ids they have (or would have) in the space */
    private final Map<String, Map<String, Integer>> localIds = new HashMap<>();
    private int madeUpId = -1;

    SpaceImport(ActiveObjectsSpaceDataStore store, String spaceKey, String baseUrl, SpaceData data,
                Map<Long, Long> targetPages, boolean writing) {
        this.store = store;
        this.ao = store.ao();
        this.spaceKey = spaceKey;
        this.baseUrl = baseUrl;
        this.data = data;
        this.targetPages = targetPages;
        this.writing = writing;
    }

    Map<String, SectionCounts> run() {
        Map<String, String> imported = store.importedKeys(spaceKey);
        Set<Long> pages = new LinkedHashSet<>(store.spacePages(spaceKey));
        pages.addAll(targetPages.values());
        List<Integer> planIds = List.of();
        Map<String, SectionCounts> counts = new LinkedHashMap<>();
        for (Section section : SpaceDataSections.ALL) {
            List<Entity> current = store.rowsOf(section, spaceKey, pages, planIds);
            if (section.name().equals("actionPlans")) {
                planIds = current.stream().map(Entity::getID).toList();
            }
            counts.put(section.name(), importSection(section, current, imported));
        }
        errors.throwIfAny();
        return counts;
    }

    private SectionCounts importSection(Section section, List<Entity> current, Map<String, String> imported) {
        Map<String, Entity> byKey = new HashMap<>();
        Map<List<Object>, Entity> byIdentity = new HashMap<>();
        for (Entity row : current) {
            byKey.put(ActiveObjectsSpaceDataStore.keyOf(imported, baseUrl, spaceKey, section, row.getID()), row);
            if (!section.naturalKey().isEmpty()) {
                byIdentity.putIfAbsent(identity(section, stored(section, row)), row);
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        localIds.put(section.name(), ids);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int unmapped = 0;
        List<PortableRow> rows = data.sections().getOrDefault(section.name(), List.of());
        for (int i = 0; i < rows.size(); i++) {
            PortableRow row = rows.get(i);
            String at = section.name() + "[" + i + "]";
            if (row.key() == null || row.key().isBlank() || row.key().length() > MAX_KEY_LENGTH) {
                errors.add(at + ".key", "transfer.portability.error.key");
                continue;
            }
            if (ids.containsKey(row.key())) {
                errors.add(at + ".key", "transfer.portability.error.duplicate-key");
                continue;
            }
            Map<EntityColumn, Object> values = new RowTranslation(section, store.columns(section), at).translate(row);
            if (values == null) {
                unmapped++;
                continue;
            }
            Entity existing = byKey.get(row.key());
            if (existing == null && !section.naturalKey().isEmpty()) {
                existing = byIdentity.get(identity(section, values));
            }
            if (existing == null) {
                created++;
                ids.put(row.key(), writing ? create(section, values, row.key()) : madeUpId--);
                continue;
            }
            ids.put(row.key(), existing.getID());
            if (sameValues(existing, values)) {
                unchanged++;
            } else {
                updated++;
                if (writing) {
                    update(existing, values);
                }
            }
            String currentKey = ActiveObjectsSpaceDataStore.keyOf(imported, baseUrl, spaceKey, section,
                    existing.getID());
            if (writing && !currentKey.equals(row.key())) {
                remember(section, existing.getID(), row.key());
            }
        }
        return new SectionCounts(created, updated, unchanged, unmapped);
    }

    private Map<EntityColumn, Object> stored(Section section, Entity row) {
        Map<EntityColumn, Object> values = new LinkedHashMap<>();
        for (EntityColumn column : store.columns(section)) {
            values.put(column, column.stored(row));
        }
        return values;
    }

    private static List<Object> identity(Section section, Map<EntityColumn, Object> values) {
        List<Object> identity = new ArrayList<>();
        for (String property : section.naturalKey()) {
            values.entrySet().stream().filter(entry -> entry.getKey().property.equals(property)).findFirst()
                    .ifPresentOrElse(entry -> identity.add(comparable(entry.getValue())), () -> identity.add(null));
        }
        return identity;
    }

    private static boolean sameValues(Entity existing, Map<EntityColumn, Object> values) {
        for (Map.Entry<EntityColumn, Object> entry : values.entrySet()) {
            EntityColumn column = entry.getKey();
            if (!ActiveObjectsSpaceDataStore.isLockVersion(column)
                    && !Objects.equals(comparable(column.stored(existing)), comparable(entry.getValue()))) {
                return false;
            }
        }
        return true;
    }

    private static Object comparable(Object value) {
        if (value instanceof Date date) {
            return date.getTime();
        }
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        return value;
    }

    private int create(Section section, Map<EntityColumn, Object> values, String key) {
        List<DBParam> params = new ArrayList<>();
        values.forEach((column, value) -> {
            if (value != null) {
                params.add(new DBParam(column.name, value));
            }
        });
        Entity made = ao.create(section.entity(), params.toArray(DBParam[]::new));
        remember(section, made.getID(), key);
        return made.getID();
    }

    /** Changes the record; its lock version moves on, so an editor holding the old one gets a conflict. */
    private static void update(Entity existing, Map<EntityColumn, Object> values) {
        values.forEach((column, value) -> {
            if (ActiveObjectsSpaceDataStore.isLockVersion(column)) {
                column.write(existing, ((Number) column.stored(existing)).intValue() + 1);
            } else {
                column.write(existing, value);
            }
        });
        existing.save();
    }

    private void remember(Section section, int localId, String key) {
        ao.deleteWithSQL(AoPortableKey.class, AoPortableKey.SPACE_KEY + " = ? AND " + AoPortableKey.SECTION
                + " = ? AND " + AoPortableKey.LOCAL_ID + " = ?", spaceKey, section.name(), localId);
        ao.create(AoPortableKey.class, new DBParam(AoPortableKey.SPACE_KEY, spaceKey),
                new DBParam(AoPortableKey.SECTION, section.name()), new DBParam("PORTABLE_KEY", key),
                new DBParam(AoPortableKey.LOCAL_ID, localId));
    }

    /** A file's record turned into the space's column values; null when its own page is missing in the space. */
    private final class RowTranslation {
        private final Section section;
        private final List<EntityColumn> columns;
        private final String at;

        RowTranslation(Section section, List<EntityColumn> columns, String at) {
            this.section = section;
            this.columns = columns;
            this.at = at;
        }

        Map<EntityColumn, Object> translate(PortableRow row) {
            Map<EntityColumn, Object> values = new LinkedHashMap<>();
            boolean ownPageMissing = false;
            for (EntityColumn column : columns) {
                String property = column.property;
                if (section.scope() == Section.Scope.SPACE && property.equals("spaceKey")) {
                    values.put(column, spaceKey);
                    continue;
                }
                if (!row.values().containsKey(property)) {
                    if (!column.mayBeLeftOut()) {
                        errors.add(at + "." + property, "transfer.validation.required");
                    }
                    continue;
                }
                Object value = row.values().get(property);
                Section.Reference reference = section.references().get(property);
                if (reference != null) {
                    if (reference.kind() == Section.Kind.OWN_PAGE && value != null && known(property, value)
                            && !targetPages.containsKey(((Number) value).longValue())) {
                        ownPageMissing = true;
                        continue;
                    }
                    value = resolve(reference, property, value);
                }
                EntityColumn.Coerced coerced = column.coerce(value);
                Set<String> codes = SpaceDataSections.codes(section.name(), property);
                if (coerced.problem() != null) {
                    errors.add(at + "." + property, coerced.problem());
                } else if (codes != null && coerced.value() != null && !codes.contains(coerced.value().toString())) {
                    errors.add(at + "." + property, "transfer.portability.error.value");
                } else {
                    values.put(column, coerced.value());
                }
            }
            return ownPageMissing ? null : values;
        }

        private boolean known(String property, Object value) {
            if (value instanceof Number number && data.pages().containsKey(number.longValue())) {
                return true;
            }
            errors.add(at + "." + property, "transfer.portability.error.page");
            return false;
        }

        /** A reference in the file's terms (page ids of the file, record keys) in the space's (ids). */
        private Object resolve(Section.Reference reference, String property, Object value) {
            if (value == null) {
                return null;
            }
            switch (reference.kind()) {
                case OWN_PAGE, PAGE -> {
                    return known(property, value) ? targetPages.get(((Number) value).longValue()) : null;
                }
                case PAGE_LIST -> {
                    List<Long> pages = new ArrayList<>();
                    for (Object page : list(property, value)) {
                        if (known(property, page) && targetPages.containsKey(((Number) page).longValue())) {
                            pages.add(targetPages.get(((Number) page).longValue()));
                        }
                    }
                    return pages.isEmpty() ? null : LinkedIds.join(pages);
                }
                case ROW -> {
                    return localId(reference, property, value);
                }
                case ROW_LIST -> {
                    List<Integer> rows = new ArrayList<>();
                    for (Object key : list(property, value)) {
                        Integer id = localId(reference, property, key);
                        if (id != null) {
                            rows.add(id);
                        }
                    }
                    return LinkedIds.join(rows);
                }
                default -> throw new IllegalStateException(reference.kind().name());
            }
        }

        private List<?> list(String property, Object value) {
            if (value instanceof List<?> list) {
                return list;
            }
            errors.add(at + "." + property, "transfer.portability.error.value");
            return List.of();
        }

        private Integer localId(Section.Reference reference, String property, Object key) {
            Integer id = key instanceof String text ? localIds.getOrDefault(reference.section(), Map.of()).get(text)
                    : null;
            if (id == null) {
                errors.add(at + "." + property, "transfer.portability.error.reference");
            }
            return id;
        }
    }
}
