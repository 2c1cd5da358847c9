package io.matchday.http;

import io.matchday.MatchdaySettings;
import io.matchday.app.Matchday;
import io.matchday.data.Database;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The node's Matchday: the composition root built from {@code matchday.*} properties on this node's database pool,
 * and every component it builds registered as a bean of its own type — read off the root's accessors, so a new
 * service needs no bean method here. The root's serving parts start before the web server accepts the first request
 * and stop after it has answered the last.
 */
@Configuration(proxyBeanMethods = false)
class MatchdayConfiguration {

    private static final String ROOT = "matchday";

    @Bean(name = ROOT, destroyMethod = "close")
    Matchday matchday(MatchdaySettings store, ServingProperties serving, OperationsProperties.Jobs jobs,
                      OperationsProperties.Monitoring monitoring, OperationsProperties.Retraining retraining,
                      OperationsProperties.Work work, MeterRegistry meters) {
        return Matchday.open(new Matchday.Settings(store, monitoring.config(), retraining.config(), jobs.config(),
                serving.config(jobs.metricsRefresh()), serving.ledger().config(store.home()), work.config(), monitoring.routing(),
                serving.nodeName(), jobs.enabled(), Database.Pool.SERVICE, Clock.systemUTC()), meters);
    }

    /** Each of the root's components as a bean, made by calling its accessor on the root; the root alone closes them. */
    @Bean
    static BeanDefinitionRegistryPostProcessor matchdayComponents() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                for (Method accessor : Matchday.class.getDeclaredMethods()) {
                    if (component(accessor)) {
                        RootBeanDefinition definition = new RootBeanDefinition(accessor.getReturnType());
                        definition.setFactoryBeanName(ROOT);
                        definition.setFactoryMethodName(accessor.getName());
                        definition.setDestroyMethodName("");
                        registry.registerBeanDefinition(ROOT + "." + accessor.getName(), definition);
                    }
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            }
        };
    }

    /** A public accessor of the root that hands out one of its components. */
    static boolean component(Method method) {
        return Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                && method.getParameterCount() == 0 && !method.getReturnType().isPrimitive();
    }

    /**
     * Below the web server's phase (Boot's is {@code DEFAULT_PHASE - 2048}): the ledger, the champions and the
     * scheduler start before the first request is accepted and stop after the last one is answered, so every
     * forecast served is ledgered.
     */
    @Bean
    SmartLifecycle matchdayServing(Matchday matchday) {
        return new SmartLifecycle() {
            @Override
            public void start() {
                matchday.startServing();
            }

            @Override
            public void stop() {
                matchday.stopServing();
            }

            @Override
            public boolean isRunning() {
                return matchday.isServing();
            }

            @Override
            public int getPhase() {
                return SmartLifecycle.DEFAULT_PHASE - 4096;
            }
        };
    }
}
