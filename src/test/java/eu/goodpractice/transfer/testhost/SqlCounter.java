package eu.goodpractice.transfer.testhost;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

/** Records the SQL statements Active Objects sends, so tests can prove a list is not a query per row. */
public final class SqlCounter implements DatabaseProvider.SqlListener, AutoCloseable {
    private final DatabaseProvider provider;
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    private SqlCounter(DatabaseProvider provider) {
        this.provider = provider;
        provider.addSqlListener(this);
    }

    public static SqlCounter on(EntityManager entityManager) {
        return new SqlCounter(entityManager.getProvider());
    }

    @Override
    public void onSql(String sql) {
        statements.add(sql);
    }

    public int count() {
        return statements.size();
    }

    public List<String> statements() {
        return List.copyOf(statements);
    }

    public void reset() {
        statements.clear();
    }

    @Override
    public void close() {
        provider.removeSqlListener(this);
    }
}
