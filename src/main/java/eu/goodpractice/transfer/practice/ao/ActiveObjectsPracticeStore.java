package eu.goodpractice.transfer.practice.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeProfile;
import eu.goodpractice.transfer.practice.PracticeQuery;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.practice.PracticeStore;
import eu.goodpractice.transfer.practice.PracticeTransition;
import eu.goodpractice.transfer.practice.StatusChange;
import eu.goodpractice.transfer.practice.Term;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.platform.RowLocks;
import eu.goodpractice.transfer.shared.NotFoundException;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import eu.goodpractice.transfer.shared.StaleVersionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link PracticeStore} on Active Objects. */
public class ActiveObjectsPracticeStore implements PracticeStore {
    private static final String LIKE_ESCAPE = "!";

    private final ActiveObjects ao;

    public ActiveObjectsPracticeStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Practice> find(long pageId) {
        return row(pageId).map(PracticeMapping::practice);
    }

    @Override
    public Practice register(long pageId, String spaceKey, String title, PracticeProfile profile, String actor,
                             Instant now) {
        return ao.executeInTransaction(() -> {
            Optional<AoPractice> existing = row(pageId);
            if (existing.isPresent()) {
                return PracticeMapping.practice(existing.get());
            }
            Date at = Date.from(now);
            AoPractice row = ao.create(AoPractice.class,
                    new DBParam(AoPractice.PAGE_ID, pageId),
                    new DBParam(AoPractice.SPACE_KEY, spaceKey),
                    new DBParam("TITLE", title),
                    new DBParam(AoPractice.SORT_TITLE, title.toLowerCase(Locale.ROOT)),
                    new DBParam(AoPractice.STATUS, PracticeStatus.DRAFT.name()),
                    new DBParam(AoPractice.TRASHED, false),
                    new DBParam("CREATED_BY", actor),
                    new DBParam("CREATED_AT", at),
                    new DBParam("UPDATED_BY", actor),
                    new DBParam("UPDATED_AT", at),
                    new DBParam("LOCK_VERSION", 0));
            PracticeMapping.copyProfile(profile, row);
            row.save();
            return PracticeMapping.practice(row);
        });
    }

    @Override
    public Practice updateProfile(long pageId, int expectedVersion, PracticeProfile profile, String actor, Instant now) {
        return ao.executeInTransaction(() -> {
            AoPractice row = lockedRow(pageId);
            if (row.getLockVersion() != expectedVersion) {
                throw new StaleVersionException(PracticeMapping.practice(row));
            }
            PracticeMapping.copyProfile(profile, row);
            touch(row, actor, now);
            row.save();
            return PracticeMapping.practice(row);
        });
    }

    @Override
    public Practice changeStatus(long pageId, PracticeTransition transition, String comment, String actor,
                                 Instant now) {
        return ao.executeInTransaction(() -> {
            AoPractice row = lockedRow(pageId); // the status checked below is the one this change replaces
            PracticeStatus from = PracticeStatus.valueOf(row.getStatus());
            if (!transition.allowedFrom(from)) {
                // someone moved it first: the stored status no longer allows this step
                throw new StaleVersionException(PracticeMapping.practice(row), "transfer.error.transition-not-allowed");
            }
            row.setStatus(transition.target().name());
            touch(row, actor, now);
            row.save();
            ao.create(AoStatusChange.class,
                    new DBParam(AoStatusChange.PAGE_ID, pageId),
                    new DBParam("TRANSITION", transition.name()),
                    new DBParam("FROM_STATUS", from.name()),
                    new DBParam("TO_STATUS", transition.target().name()),
                    new DBParam("ACTOR_KEY", actor),
                    new DBParam("CHANGED_AT", Date.from(now)),
                    new DBParam("REASON", comment));
            return PracticeMapping.practice(row);
        });
    }

    @Override
    public List<StatusChange> history(long pageId) {
        return Arrays.stream(ao.find(AoStatusChange.class, Query.select()
                        .where(AoStatusChange.PAGE_ID + " = ?", pageId).order("CHANGED_AT ASC, ID ASC")))
                .map(PracticeMapping::change).toList();
    }

    @Override
    public Page<Practice> search(PracticeQuery query, PageRequest request) {
        if (query.spaceKeys().isEmpty()) {
            return new Page<>(List.of(), request.start(), request.limit(), 0);
        }
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        clauses.add(AoPractice.SPACE_KEY + " IN (" + String.join(", ", Collections.nCopies(query.spaceKeys().size(), "?"))
                + ")");
        params.addAll(query.spaceKeys());
        clauses.add(AoPractice.TRASHED + " = ?");
        params.add(false);
        if (query.country() != null) {
            clauses.add(AoPractice.COUNTRY + " = ?");
            params.add(query.country());
        }
        if (query.theme() != null) {
            clauses.add(AoPractice.THEME + " = ?");
            params.add(query.theme());
        }
        if (query.status() != null) {
            clauses.add(AoPractice.STATUS + " = ?");
            params.add(query.status().name());
        }
        if (query.eqfLevel() != null) {
            clauses.add(AoPractice.EQF_LEVELS + " LIKE ?");
            params.add("%," + query.eqfLevel() + ",%");
        }
        if (query.text() != null && !query.text().isBlank()) {
            clauses.add(AoPractice.SEARCH_TEXT + " LIKE ? ESCAPE '" + LIKE_ESCAPE + "'");
            params.add("%" + likeEscaped(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        String where = String.join(" AND ", clauses);
        Object[] values = params.toArray();
        int total = ao.count(AoPractice.class, Query.select().where(where, values));
        AoPractice[] rows = ao.find(AoPractice.class, Query.select().where(where, values)
                .order(AoPractice.SORT_TITLE + " ASC, ID ASC").offset(request.start()).limit(request.limit()));
        return new Page<>(Arrays.stream(rows).map(PracticeMapping::practice).toList(), request.start(),
                request.limit(), total);
    }

    @Override
    public Set<String> spaceKeys() {
        Set<String> keys = new TreeSet<>();
        ao.stream(AoPractice.class, Query.select("ID, " + AoPractice.SPACE_KEY).where(AoPractice.TRASHED + " = ?", false),
                row -> keys.add(row.getSpaceKey()));
        return keys;
    }

    @Override
    public void followPage(long pageId, String spaceKey, String title) {
        ao.executeInTransaction(() -> {
            row(pageId).ifPresent(row -> {
                row.setSpaceKey(spaceKey);
                row.setTitle(title);
                row.setSortTitle(title.toLowerCase(Locale.ROOT));
                row.setSearchText(PracticeMapping.searchText(title, PracticeMapping.practice(row).profile()));
                row.save();
            });
            return null;
        });
    }

    @Override
    public void setTrashed(long pageId, boolean trashed) {
        ao.executeInTransaction(() -> {
            row(pageId).ifPresent(row -> {
                row.setTrashed(trashed);
                row.save();
            });
            return null;
        });
    }

    @Override
    public void purge(long pageId) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AoStatusChange.class, AoStatusChange.PAGE_ID + " = ?", pageId);
            ao.deleteWithSQL(AoPractice.class, AoPractice.PAGE_ID + " = ?", pageId);
            return null;
        });
    }

    @Override
    public List<Term> customTerms(String spaceKey, VocabularyKind kind) {
        return Arrays.stream(ao.find(AoVocabularyTerm.class, Query.select()
                        .where(AoVocabularyTerm.SPACE_KEY + " = ? AND " + AoVocabularyTerm.KIND + " = ?", spaceKey,
                                kind.name()).order("SORT_KEY ASC, ID ASC")))
                .map(row -> new Term(row.getTermKey(), row.getLabel(), row.isRetired())).toList();
    }

    @Override
    public void saveCustomTerms(String spaceKey, VocabularyKind kind, List<Term> terms) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AoVocabularyTerm.class, AoVocabularyTerm.SPACE_KEY + " = ? AND " + AoVocabularyTerm.KIND
                    + " = ?", spaceKey, kind.name());
            for (int i = 0; i < terms.size(); i++) {
                Term term = terms.get(i);
                ao.create(AoVocabularyTerm.class,
                        new DBParam(AoVocabularyTerm.SPACE_KEY, spaceKey),
                        new DBParam(AoVocabularyTerm.KIND, kind.name()),
                        new DBParam("TERM_KEY", term.key()),
                        new DBParam("LABEL", term.customLabel()),
                        new DBParam("RETIRED", term.retired()),
                        new DBParam("SORT_KEY", i));
            }
            return null;
        });
    }

    private Optional<AoPractice> row(long pageId) {
        AoPractice[] rows = ao.find(AoPractice.class, Query.select().where(AoPractice.PAGE_ID + " = ?", pageId).limit(1));
        return Arrays.stream(rows).findFirst();
    }

    /** The practice's row, locked against other writers until the transaction ends (see {@link RowLocks}). */
    private AoPractice lockedRow(long pageId) {
        int id = row(pageId).orElseThrow(() -> new NotFoundException("transfer.error.practice-not-found", pageId))
                .getID();
        return RowLocks.lock(ao, AoPractice.class, id, row -> row.setPageId(row.getPageId()))
                .orElseThrow(() -> new NotFoundException("transfer.error.practice-not-found", pageId));
    }

    private static void touch(AoPractice row, String actor, Instant now) {
        row.setUpdatedBy(actor);
        row.setUpdatedAt(Date.from(now));
        row.setLockVersion(row.getLockVersion() + 1);
    }

    /**
     * Escapes % and _ in what a user typed, so they are found as themselves instead of acting as LIKE wildcards.
     * The escape character is named in the query ('!', not the backslash that MySQL strings would swallow), since
     * Oracle and SQL Server have no default one.
     */
    private static String likeEscaped(String text) {
        return text.replace(LIKE_ESCAPE, LIKE_ESCAPE + LIKE_ESCAPE).replace("%", LIKE_ESCAPE + "%")
                .replace("_", LIKE_ESCAPE + "_");
    }
}
