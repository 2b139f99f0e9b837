package eu.goodpractice.transfer.platform;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Makes the optimistic version check safe against a writer on another thread or node. Active Objects has neither a
 * conditional UPDATE nor SELECT ... FOR UPDATE, and in Confluence its transactions run at the database's READ
 * COMMITTED: a version read and compared could change before the write commits, so two writers could both pass.
 * Writing the row first takes the database's row lock (another writer's UPDATE waits until this transaction ends);
 * the SELECT after it then sees the newest committed version, which nobody can change before this transaction
 * commits or rolls back. Call inside {@code ao.executeInTransaction}; always lock parents before children, so two
 * writers never wait for each other in a circle.
 *
 * <p>Active Objects 3.0.0 keeps no entity or value cache between calls ({@code EntityManager.get} runs a fresh
 * SELECT and returns a new proxy) and its setters mark a column dirty even when the value is the same, so
 * rewriting an unchanging column with its own value sends a real UPDATE.
 */
public final class RowLocks {
    private RowLocks() {
    }

    /**
     * Locks the row by rewriting a column that never changes (e.g. {@code row -> row.setPlanId(row.getPlanId())}),
     * then reads it again. Empty when the row does not exist, or was deleted by the writer this one waited for.
     */
    public static <T extends RawEntity<Integer>> Optional<T> lock(ActiveObjects ao, Class<T> type, int id,
                                                                 Consumer<T> rewriteUnchangingColumn) {
        T row = ao.get(type, id);
        if (row == null) {
            return Optional.empty();
        }
        rewriteUnchangingColumn.accept(row);
        row.save();
        return Optional.ofNullable(ao.get(type, id));
    }

    /**
     * Locks the {@link AoWriteLock} row of the name, creating it the first time. Two transactions creating the same
     * name collide on its unique index: the second waits for the first and then fails with a duplicate key, which
     * {@link #isDuplicateKey} recognises so the caller can answer "someone else wrote first" (409).
     */
    public static void lockNamed(ActiveObjects ao, String name) {
        AoWriteLock[] rows = ao.find(AoWriteLock.class, Query.select()
                .where(AoWriteLock.LOCK_NAME + " = ?", name));
        if (rows.length == 0) {
            // invisible to other transactions until this one commits: created is as good as locked
            ao.create(AoWriteLock.class, new DBParam(AoWriteLock.LOCK_NAME, name));
        } else {
            lock(ao, AoWriteLock.class, rows[0].getID(), row -> row.setLockName(row.getLockName()));
        }
    }

    /**
     * True when the failure is a unique-key violation (SQL state class 23, integrity constraint, on every database
     * Confluence supports), however the host wrapped the SQL exception.
     */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
