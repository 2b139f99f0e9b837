package com.atlassian.sal.api.transaction;

/** Source: host-api-facts §3 [V-8.7]. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
