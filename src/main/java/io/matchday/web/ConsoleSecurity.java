package io.matchday.web;

import io.matchday.http.PageNotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what in the console. Reading is open (or needs a session, by setting); every action —
 * any request that is not a GET — needs a session opened by signing in with an admin key and a
 * CSRF token. The API keeps its own key header: this chain does not touch {@code /api}, the
 * reference {@code /predict}, Actuator, OpenAPI or static assets, so their hot paths pay nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ConsoleSecurity {

    /** The reference system's paths Matchday serves at its root (its API, not console pages). */
    private static final java.util.Set<String> REFERENCE_API = java.util.Set.of("/health", "/model/info", "/teams");

    /** Requests this chain leaves alone: the API (its own key header), the reference API, and assets. */
    static boolean outside(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/api/") || path.equals("/predict") || REFERENCE_API.contains(path) || path.startsWith("/retraining/")
                || path.startsWith("/actuator") || path.startsWith("/v3/")
                || path.startsWith("/swagger-ui") || path.startsWith("/webjars/") || path.startsWith("/console/");
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new HttpSessionCsrfTokenRepository();
    }

    @Bean
    SecurityFilterChain consoleSecurityChain(HttpSecurity http, ConsoleProperties properties, SecurityContextRepository contexts,
                                CsrfTokenRepository csrf, Console console) throws Exception {
        RequestMatcher pages = request -> !outside(request);
        http.securityMatcher(pages)
                .securityContext(c -> c.securityContextRepository(contexts))
                .csrf(c -> c.csrfTokenRepository(csrf))
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/signin", "/signout", "/error", "/favicon.ico").permitAll();
                    if (properties.readKeyRequired()) {
                        a.anyRequest().hasRole("ADMIN");
                    } else {
                        a.requestMatchers(HttpMethod.GET, "/**").permitAll();
                        a.requestMatchers(HttpMethod.HEAD, "/**").permitAll();
                        a.anyRequest().hasRole("ADMIN");
                    }
                })
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> refuse(console, request, response))
                        .accessDeniedHandler((request, response, ex) -> refuse(console, request, response)))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
                                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable());
        return http.build();
    }

    /** 403 with how to sign in: a page for a browser, a short fragment for htmx. */
    private static void refuse(Console console, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType("text/html;charset=UTF-8");
        Page page = console.page(request, "Sign in needed", Section.NONE);
        boolean htmx = request.getHeader("HX-Request") != null;
        response.getWriter().write(console.html(new StatusPages.Frame(page, htmx ? StatusPages.REFUSED_FRAGMENT : StatusPages.REFUSED)));
    }

    /** The console's page for unknown URLs. */
    @Bean
    PageNotFound pageNotFound(Console console) {
        return request -> console.html(new StatusPages.Frame(console.page(request, "Not found", Section.NONE), StatusPages.NOT_FOUND));
    }
}
