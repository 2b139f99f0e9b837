package com.atlassian.sal.api.rdbms;

/**
 * Source: sal-api {@code com.atlassian.sal.api.rdbms.TransactionalExecutorFactory} (@PublicApi; SAL 3.0 javadoc at
 * docs.atlassian.com/sal-parent/3.0.0, default methods as in the recent sal-api decompiled in Confluence's own plugins,
 * e.g. synchrony's {@code createReadOnly().newTransaction().execute(...)}). Confluence provides it as a host service.
 */
public interface TransactionalExecutorFactory {
    default TransactionalExecutor create() {
        return createExecutor(false, false);
    }

    default TransactionalExecutor createReadOnly() {
        return createExecutor(true, false);
    }

    default TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        throw new UnsupportedOperationException("not implemented by default");
    }

    @Deprecated
    default TransactionalExecutor createExecutor() {
        return createExecutor(true, false);
    }
}
