package io.matchday.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The body limit guards every endpoint that reads a body; the key check guards admin calls and triggers. */
@Configuration(proxyBeanMethods = false)
class FilterConfiguration {

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(ServingProperties properties, ObjectMapper json) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(properties, json));
        registration.addUrlPatterns("/api/*", "/predict", "/retraining/trigger");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    /**
     * Headers every answer outside the console carries (the console's come from its security chain): no MIME
     * sniffing, no framing; the API's self-contained HTML reports run their inline charts in a sandbox of their own.
     */
    @Bean
    FilterRegistrationBean<jakarta.servlet.Filter> securityHeadersFilter() {
        FilterRegistrationBean<jakarta.servlet.Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            jakarta.servlet.http.HttpServletResponse http = (jakarta.servlet.http.HttpServletResponse) response;
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("X-Frame-Options", "DENY");
            if (((jakarta.servlet.http.HttpServletRequest) request).getRequestURI().contains("/report")) {
                http.setHeader("Content-Security-Policy", "sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline'; "
                        + "style-src 'unsafe-inline'; img-src data:");
            }
            chain.doFilter(request, response);
        });
        registration.addUrlPatterns("/api/*", "/predict", "/swagger-ui/*", "/v3/*", "/health", "/model/info", "/teams",
                "/retraining/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 99);
        return registration;
    }

    /**
     * A forecast's answer goes out whole, with its length, in one write: a node killed while answering then either
     * sent nothing (and a proxy in front retries the request on another node) or everything — never half an answer
     * that no proxy can retry.
     */
    @Bean
    FilterRegistrationBean<jakarta.servlet.Filter> wholeAnswerFilter() {
        FilterRegistrationBean<jakarta.servlet.Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            var whole = new org.springframework.web.util.ContentCachingResponseWrapper(
                    (jakarta.servlet.http.HttpServletResponse) response);
            chain.doFilter(request, whole);
            whole.copyBodyToResponse();
        });
        registration.addUrlPatterns("/api/v1/predict", "/api/v1/predict/batch", "/predict");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 98);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdminKeyFilter> adminKeyFilter(AdminKeys keys, ObjectMapper json) {
        FilterRegistrationBean<AdminKeyFilter> registration = new FilterRegistrationBean<>(new AdminKeyFilter(keys, json));
        registration.addUrlPatterns(AdminKeyFilter.API_PATHS, "/retraining/trigger");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 101);
        return registration;
    }
}
