package app.outlay.data;

import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Makes the pool's PostgreSQL connections as the pool would from the URL, and notes each one's server process in
 * {@link OwnBackends} before the pool hands it out, so the live-update listener knows this pool's own changes.
 */
final class NotingDataSource implements DataSource {

    private final String url;
    private final String user;
    private final String password;
    private final OwnBackends own;
    private volatile int loginTimeout;

    NotingDataSource(String url, String user, String password, OwnBackends own) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.own = own;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (pass != null) {
            properties.setProperty("password", pass);
        }
        if (loginTimeout > 0) {
            properties.setProperty("loginTimeout", Integer.toString(loginTimeout));
        }
        Connection connection = DriverManager.getConnection(url, properties);
        try {
            own.noted(connection.unwrap(PGConnection.class).getBackendPID());
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the driver logs through java.util.logging
    }

    /** The pool's connection timeout: a server that accepts but never answers is given up on after it. */
    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLFeatureNotSupportedException(type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
