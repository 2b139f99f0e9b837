package eu.goodpractice.transfer.portability.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import eu.goodpractice.transfer.assessment.ao.AoResultSummary;
import eu.goodpractice.transfer.engagement.ao.LinkedIds;
import eu.goodpractice.transfer.portability.PageRef;
import eu.goodpractice.transfer.portability.PortableRow;
import eu.goodpractice.transfer.portability.SectionCounts;
import eu.goodpractice.transfer.portability.SpaceData;
import eu.goodpractice.transfer.portability.SpaceDataStore;
import eu.goodpractice.transfer.practice.ao.AoPractice;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * {@link SpaceDataStore} on Active Objects, over the features' own tables (see {@link SpaceDataSections}). Reading
 * costs a fixed number of statements: one per section (IN lists of 500 for page and plan scoped ones), two for the
 * space's pages and one for the imported keys. A record's portable key is the key it was imported with, else a
 * UUID derived from site, space, section and id, so an export of the source and one of the target name a record
 * alike and a second import finds it.
 */
public class ActiveObjectsSpaceDataStore implements SpaceDataStore {
    static final int CHUNK = 500;
    private static final String LOCK_VERSION = "lockVersion";

    private final ActiveObjects ao;
    private final Map<String, List<EntityColumn>> columns = new HashMap<>();

    public ActiveObjectsSpaceDataStore(ActiveObjects ao) {
        this.ao = ao;
        for (Section section : SpaceDataSections.ALL) {
            columns.put(section.name(), EntityColumn.of(section.entity()));
        }
    }

    @Override
    public SpaceData read(String spaceKey, String baseUrl,
                          Function<Collection<Long>, Map<Long, PageRef>> viewablePages) {
        Map<String, String> imported = importedKeys(spaceKey);
        Set<Long> spacePages = spacePages(spaceKey);
        Map<Section, List<Entity>> rows = new LinkedHashMap<>();
        List<Integer> planIds = List.of();
        Set<Long> referenced = new LinkedHashSet<>();
        for (Section section : SpaceDataSections.ALL) {
            List<Entity> found = rowsOf(section, spaceKey, spacePages, planIds);
            rows.put(section, found);
            if (section.name().equals("actionPlans")) {
                planIds = found.stream().map(Entity::getID).toList();
            }
            for (Entity row : found) {
                pageReferences(section, row, referenced);
            }
        }
        Map<Long, PageRef> viewable = viewablePages.apply(referenced);
        Map<String, Map<Integer, String>> keys = new HashMap<>();
        Map<String, List<PortableRow>> sections = new LinkedHashMap<>();
        rows.forEach((section, found) -> {
            Map<Integer, String> sectionKeys = new HashMap<>();
            List<PortableRow> portable = new ArrayList<>();
            for (Entity row : found) {
                Map<String, Object> values = portableValues(section, row, viewable, keys);
                if (values != null) {
                    String key = keyOf(imported, baseUrl, spaceKey, section, row.getID());
                    sectionKeys.put(row.getID(), key);
                    portable.add(new PortableRow(key, row.getID(), values));
                }
            }
            keys.put(section.name(), sectionKeys);
            sections.put(section.name(), portable);
        });
        return new SpaceData(spaceKey, baseUrl, viewable, sections);
    }

    @Override
    public Map<String, SectionCounts> write(String spaceKey, String baseUrl, SpaceData data,
                                            Map<Long, Long> targetPages, boolean dryRun) {
        // every value is checked in a pass that writes nothing, so a bad file fails before the first write
        Map<String, SectionCounts> counts = new SpaceImport(this, spaceKey, baseUrl, data, targetPages, false).run();
        if (dryRun) {
            return counts;
        }
        return ao.executeInTransaction(() -> new SpaceImport(this, spaceKey, baseUrl, data, targetPages, true).run());
    }

    /* shared with the import */

    ActiveObjects ao() {
        return ao;
    }

    List<EntityColumn> columns(Section section) {
        return columns.get(section.name());
    }

    /** "section/localId" to the key the record was imported with. */
    Map<String, String> importedKeys(String spaceKey) {
        Map<String, String> keys = new HashMap<>();
        for (AoPortableKey row : ao.find(AoPortableKey.class,
                Query.select().where(AoPortableKey.SPACE_KEY + " = ?", spaceKey))) {
            keys.put(row.getSection() + "/" + row.getLocalId(), row.getPortableKey());
        }
        return keys;
    }

    static String keyOf(Map<String, String> imported, String baseUrl, String spaceKey, Section section, int id) {
        String key = imported.get(section.name() + "/" + id);
        if (key != null) {
            return key;
        }
        String identity = baseUrl + "|" + spaceKey + "|" + section.name() + "|" + id;
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The pages the space's practices and assessment results are on: what page-scoped sections are read for. */
    Set<Long> spacePages(String spaceKey) {
        Set<Long> pages = new LinkedHashSet<>();
        for (AoPractice row : ao.find(AoPractice.class, Query.select("ID, " + AoPractice.PAGE_ID)
                .where(AoPractice.SPACE_KEY + " = ?", spaceKey))) {
            pages.add(row.getPageId());
        }
        for (AoResultSummary row : ao.find(AoResultSummary.class, Query.select("ID, " + AoResultSummary.PAGE_ID)
                .where(AoResultSummary.SPACE_KEY + " = ?", spaceKey))) {
            pages.add(row.getPageId());
        }
        return pages;
    }

    List<Entity> rowsOf(Section section, String spaceKey, Collection<Long> pages, Collection<Integer> plans) {
        List<Entity> rows = new ArrayList<>();
        switch (section.scope()) {
            case SPACE -> rows.addAll(find(section.entity(), Query.select().where("SPACE_KEY = ?", spaceKey)));
            case PAGES -> inChunks(section, "PAGE_ID", new ArrayList<>(pages), rows);
            case PLANS -> inChunks(section, "PLAN_ID", new ArrayList<>(plans), rows);
        }
        rows.sort(Comparator.comparingInt(Entity::getID));
        return rows;
    }

    private void inChunks(Section section, String column, List<?> ids, List<Entity> rows) {
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<?> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            rows.addAll(find(section.entity(), Query.select().where(column + " IN (" + marks + ")", chunk.toArray())));
        }
    }

    private <T extends Entity> List<Entity> find(Class<T> type, Query query) {
        return Arrays.asList((Entity[]) ao.find(type, query));
    }

    private void pageReferences(Section section, Entity row, Set<Long> pages) {
        for (EntityColumn column : columns(section)) {
            Section.Reference reference = section.references().get(column.property);
            if (reference == null) {
                continue;
            }
            Object value = column.read(row);
            switch (reference.kind()) {
                case OWN_PAGE, PAGE -> {
                    if (value != null) {
                        pages.add(((Number) value).longValue());
                    }
                }
                case PAGE_LIST -> pages.addAll(LinkedIds.parse((String) value));
                default -> {
                }
            }
        }
    }

    /** The record's values as the file carries them, or null when its own page is one the reader may not view. */
    private Map<String, Object> portableValues(Section section, Entity row, Map<Long, PageRef> viewable,
                                               Map<String, Map<Integer, String>> keys) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (EntityColumn column : columns(section)) {
            if (section.scope() == Section.Scope.SPACE && column.property.equals("spaceKey")) {
                continue;
            }
            Object value = column.read(row);
            Section.Reference reference = section.references().get(column.property);
            if (reference == null) {
                values.put(column.property, value);
                continue;
            }
            switch (reference.kind()) {
                case OWN_PAGE -> {
                    if (!viewable.containsKey(((Number) value).longValue())) {
                        return null;
                    }
                    values.put(column.property, ((Number) value).longValue());
                }
                case PAGE -> values.put(column.property,
                        value != null && viewable.containsKey(((Number) value).longValue()) ? value : null);
                case PAGE_LIST -> values.put(column.property, value == null ? null
                        : LinkedIds.parse((String) value).stream().filter(viewable::containsKey).toList());
                case ROW -> values.put(column.property,
                        keys.get(reference.section()).get(((Number) value).intValue()));
                case ROW_LIST -> {
                    Map<Integer, String> sectionKeys = keys.get(reference.section());
                    values.put(column.property, value == null ? null : LinkedIds.parse((String) value).stream()
                            .map(id -> sectionKeys.get(id.intValue())).filter(java.util.Objects::nonNull).toList());
                }
            }
        }
        return values;
    }

    static boolean isLockVersion(EntityColumn column) {
        return column.property.equals(LOCK_VERSION);
    }
}
