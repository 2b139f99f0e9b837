package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Source: host-api-facts §2.1 [V-8.7]; AO plugin 6.x keeps the interface. Trimmed to the methods the app calls;
 * generic bounds are kept exactly because they decide the erased descriptors (facts §0 rule 3).
 */
public interface ActiveObjects {
    /**
     * Creates or updates the tables of the given entities, never dropping anything. Upgrade tasks call it for the
     * entities they read or write. Source: AO's com.atlassian.activeobjects.external.ActiveObjects (search, code
     * corpus: "void migrate(Class<? extends RawEntity<?>>... entities);", the same in the AO plugin's
     * DelegatingActiveObjects and EntityManagedActiveObjects).
     */
    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... params);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
