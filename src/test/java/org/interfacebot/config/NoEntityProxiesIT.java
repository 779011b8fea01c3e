package org.interfacebot.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Modifier;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.cfg.BytecodeSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hibernate runs without Byte Buddy, and no entity needs it (docs/benchmarks.md, P4). */
class NoEntityProxiesIT extends BotConversationTest {

  @Autowired EntityManagerFactory entityManagerFactory;

  @Test
  void hibernateUsesItsNoneBytecodeProvider() {
    var services =
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry();

    assertThat(services.getService(BytecodeProvider.class))
        .isInstanceOf(org.hibernate.bytecode.internal.none.BytecodeProviderImpl.class);
  }

  @Test
  void theClassTransformerIsGivenTheSameProviderSoByteBuddyIsNotLoadedForIt() {
    assertThat(
            entityManagerFactory.getProperties().get(BytecodeSettings.BYTECODE_PROVIDER_INSTANCE))
        .isInstanceOf(org.hibernate.bytecode.internal.none.BytecodeProviderImpl.class);
  }

  @Test
  void everyEntityClassIsFinalSoHibernateNeverNeedsAProxyForIt() {
    assertThat(entityManagerFactory.getMetamodel().getEntities())
        .isNotEmpty()
        .allSatisfy(
            entity ->
                assertThat(Modifier.isFinal(entity.getJavaType().getModifiers()))
                    .as("%s is final", entity.getName())
                    .isTrue());
  }
}
