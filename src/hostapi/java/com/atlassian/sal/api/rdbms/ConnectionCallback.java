package com.atlassian.sal.api.rdbms;

/** Source: sal-api {@code com.atlassian.sal.api.rdbms.ConnectionCallback} (@PublicApi interface, SAL 3.0 javadoc). */
public interface ConnectionCallback<A> {
    A execute(java.sql.Connection connection);
}
