package io.matchday.http;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Console sign-in sessions in the shared database (Spring Session JDBC, tables made by the schema migrations): signing
 * in on one node signs you in on all, a node's death signs nobody out, and a load balancer needs no sticky sessions.
 * Declared here rather than left to Boot's auto-configuration because the database is the Matchday root's, registered
 * as a bean only after Boot's conditions have been evaluated. Only console pages touch a session: the API never
 * opens one, so its requests never reach these tables.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 3600, cleanupCron = "0 */5 * * * *")
class ConsoleSessions {

    /** The session cookie: HttpOnly, SameSite=Strict, sent only over HTTPS when {@code secure} (behind TLS). */
    @ConfigurationProperties(prefix = "matchday.console.session")
    record Cookie(@DefaultValue("false") boolean secure) {
    }

    /** Spring Session's own transactions on the shared database. */
    @Bean
    @SpringSessionTransactionManager
    PlatformTransactionManager consoleSessionTransactions(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    CookieSerializer consoleSessionCookie(Cookie cookie) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("SESSION");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Strict");
        serializer.setUseSecureCookie(cookie.secure());
        serializer.setCookiePath("/");
        return serializer;
    }
}
