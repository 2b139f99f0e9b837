package eu.goodpractice.transfer.workbench.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.SQLException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * The host's {@link ActiveObjects} service on the real Active Objects {@link EntityManager}, as Confluence's AO
 * plugin provides it: checked SQL exceptions become runtime exceptions, transactions roll back on any exception.
 */
public class EntityManagerActiveObjects implements ActiveObjects {
    private final EntityManager entityManager;

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        call(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> entityManager.get(type, key));
    }

    @Override
    @SafeVarargs
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return call(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return call(() -> entityManager.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        call(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... params) {
        return call(() -> entityManager.deleteWithSQL(type, criteria, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        call(() -> {
            entityManager.stream(type, query, callback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return call(() -> new Transaction<T>(entityManager) {
            @Override
            protected T run() throws SQLException {
                readCommitted();
                return callback.doInTransaction();
            }
        }.execute());
    }

    /**
     * AO's own {@link Transaction} switches the connection to SERIALIZABLE; Confluence runs AO transactions in its
     * own transaction manager at the database's default, READ COMMITTED on PostgreSQL and H2. The app must be right
     * under READ COMMITTED, so the stand-in runs there too. Nothing has run on the connection yet, so the level
     * may still change; the connection stays open (AO made it not closeable for the transaction).
     */
    private void readCommitted() throws SQLException {
        Connection connection = entityManager.getProvider().getConnection();
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T call(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new IllegalStateException("Active Objects: " + e.getMessage(), e);
        }
    }
}
