package com.atlassian.sal.api.rdbms;

/**
 * Source: sal-api {@code com.atlassian.sal.api.rdbms.TransactionalExecutor} (@PublicApi interface; SAL 3.0 javadoc
 * and the recent sal-api decompiled). Mirrored without {@code io.atlassian.fugue.Option<String> getSchemaName()},
 * which the app does not call (its SQL names tables unqualified, in the connection's schema, as Active Objects does).
 */
public interface TransactionalExecutor {
    <A> A execute(ConnectionCallback<A> callback);

    TransactionalExecutor readOnly();

    TransactionalExecutor readWrite();

    TransactionalExecutor newTransaction();

    TransactionalExecutor existingTransaction();
}
