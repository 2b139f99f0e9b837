package eu.goodpractice.transfer.workbench.host;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import net.java.ao.DatabaseProvider;

/**
 * The host's SAL {@link TransactionalExecutorFactory} on the database Active Objects uses, as Confluence hands its
 * own connection to plugins: auto-commit off, committed when the callback returns, rolled back when it throws. Inside
 * an Active Objects transaction of the same thread the callback joins it (AO hands out that transaction's connection,
 * which is left for AO to commit). Read-only and new-transaction are hints, as SAL documents them.
 */
public class ProviderTransactionalExecutors implements TransactionalExecutorFactory {
    private final DatabaseProvider provider;

    public ProviderTransactionalExecutors(DatabaseProvider provider) {
        this.provider = provider;
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new Executor(readOnly);
    }

    private final class Executor implements TransactionalExecutor {
        private final boolean readOnly;

        Executor(boolean readOnly) {
            this.readOnly = readOnly;
        }

        @Override
        public <A> A execute(ConnectionCallback<A> callback) {
            try (Connection connection = provider.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                if (!autoCommit) {
                    return callback.execute(reported(connection)); // joins the transaction already open on this connection
                }
                connection.setAutoCommit(false);
                try {
                    A result = callback.execute(reported(connection));
                    connection.commit();
                    return result;
                } catch (RuntimeException | Error e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The host could not give a database connection: " + e.getMessage(), e);
            }
        }

        /** The connection, with every statement it prepares reported to AO's SQL listeners, as AO's own are. */
        private Connection reported(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
                            return provider.preparedStatement(connection, (String) args[0]);
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public TransactionalExecutor readOnly() {
            return new Executor(true);
        }

        @Override
        public TransactionalExecutor readWrite() {
            return new Executor(false);
        }

        @Override
        public TransactionalExecutor newTransaction() {
            return this;
        }

        @Override
        public TransactionalExecutor existingTransaction() {
            return this;
        }
    }
}
