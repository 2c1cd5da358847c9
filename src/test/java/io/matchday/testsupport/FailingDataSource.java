package io.matchday.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A real data source whose connections fail on statements that start with a given SQL prefix:
 * failure injection in the middle of a transaction, against a real database.
 */
public final class FailingDataSource extends DelegatingDataSource {

    private final String failingPrefix;

    public FailingDataSource(DataSource target, String failingPrefix) {
        super(target);
        this.failingPrefix = failingPrefix;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = super.getConnection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql
                            && sql.startsWith(failingPrefix)) {
                        throw new SQLException("injected failure on: " + failingPrefix);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
