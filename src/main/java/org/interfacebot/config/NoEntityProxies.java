package org.interfacebot.config;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.cfg.BytecodeSettings;
import org.hibernate.service.spi.ServiceContributor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate without Byte Buddy. The bot's entities refer to each other by id, never by association,
 * so nothing is loaded lazily and Hibernate has no use for the proxy subclass it would otherwise
 * generate for every entity at start-up (the entity classes are final, which tells Hibernate not
 * to). With Hibernate's "none" bytecode provider in place of Byte Buddy's, Byte Buddy is not even
 * loaded: about a second of one core's start-up work (docs/benchmarks.md, P4).
 *
 * <p>Hibernate looks its bytecode provider up in two places: the service registry (this class, a
 * {@link ServiceContributor} listed in {@code META-INF/services}) and the JPA class transformer it
 * prepares for load-time weaving, which Spring does not use (the property set below).
 */
public final class NoEntityProxies implements ServiceContributor {

  private static final BytecodeProvider NONE =
      new org.hibernate.bytecode.internal.none.BytecodeProviderImpl();

  @Override
  public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
    serviceRegistryBuilder.addService(BytecodeProvider.class, NONE);
  }

  @Configuration(proxyBeanMethods = false)
  static class ForTheClassTransformer {

    @Bean
    HibernatePropertiesCustomizer noBytecodeProvider() {
      return properties -> properties.put(BytecodeSettings.BYTECODE_PROVIDER_INSTANCE, NONE);
    }
  }
}
