package io.matchday.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The console as a module of the service: pass it to {@code MatchdayServer.start} and the node
 * serves the console at {@code /} beside the API. It brings Spring Security for its pages only.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = ConsoleModule.class)
@EnableConfigurationProperties(ConsoleProperties.class)
public class ConsoleModule {

    /** Spring Security's filter, early in the chain, as Boot's own auto-configuration would register it. */
    @Bean
    DelegatingFilterProxyRegistrationBean securityFilterChainRegistration() {
        DelegatingFilterProxyRegistrationBean registration = new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
        registration.setOrder(-100);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
