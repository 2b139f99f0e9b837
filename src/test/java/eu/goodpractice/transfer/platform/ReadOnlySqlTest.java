package eu.goodpractice.transfer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The app's plain SQL goes through the host's read-only executor and names tables as the database quotes them. */
class ReadOnlySqlTest {
    private final TransactionalExecutorFactory factory = mock(TransactionalExecutorFactory.class);
    private final TransactionalExecutor executor = mock(TransactionalExecutor.class);
    private final Connection connection = mock(Connection.class);
    private final DatabaseMetaData metaData = mock(DatabaseMetaData.class);

    @BeforeEach
    @SuppressWarnings("unchecked")
    void hostHandsOutOneConnection() throws SQLException {
        when(factory.createReadOnly()).thenReturn(executor);
        when(executor.execute(any())).thenAnswer(call -> ((ConnectionCallback<Object>) call.getArgument(0))
                .execute(connection));
        when(connection.getMetaData()).thenReturn(metaData);
    }

    @Test
    void quotesNamesWithTheDatabasesOwnQuote() throws SQLException {
        when(metaData.getIdentifierQuoteString()).thenReturn("`");

        String name = new ReadOnlySql(factory).read(sql -> sql.column("p", "SPACE_KEY"));

        assertThat(name).isEqualTo("p.`SPACE_KEY`");
        verify(factory).createReadOnly();
    }

    @Test
    void leavesNamesBareWhereTheDatabaseQuotesNothing() throws SQLException {
        when(metaData.getIdentifierQuoteString()).thenReturn(" ");

        String name = new ReadOnlySql(factory).read(sql -> sql.name("AO_27884E_PRACTICE"));

        assertThat(name).isEqualTo("AO_27884E_PRACTICE");
    }

    @Test
    void aFailingStatementBecomesAnErrorThatSaysWhat() throws SQLException {
        when(metaData.getIdentifierQuoteString()).thenReturn("\"");
        when(connection.prepareStatement(any())).thenThrow(new SQLException("relation does not exist"));

        assertThatThrownBy(() -> new ReadOnlySql(factory).read(sql -> {
            sql.query("SELECT 1", java.util.List.of(), row -> { });
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("relation does not exist");
    }
}
