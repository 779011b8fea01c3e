package org.interfacebot.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.interfacebot.audit.AuditTrail;
import org.interfacebot.chat.Person;
import org.interfacebot.config.InterfaceBotProperties;
import org.junit.jupiter.api.Test;

class ChairsTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private final ChairRepository repository = mock(ChairRepository.class);
  private final AuditTrail audit = mock(AuditTrail.class);
  private final Person morag = new Person("29:morag", "aad-morag", "Dr Morag Fraser");

  private Chairs chairs(List<String> configured) {
    var properties =
        new InterfaceBotProperties(
            new InterfaceBotProperties.Bot("", "", "MultiTenant", "", "", List.of()),
            new InterfaceBotProperties.GroupDefaults(7, 3, configured, List.of()));
    return new Chairs(repository, properties, audit, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void theLastAppointedChairStaysWhenNoneIsConfigured() {
    when(repository.lockByGroupId(1)).thenReturn(List.of(new Chair(1, "aad-morag", "M", NOW)));

    assertThat(chairs(List.of()).remove(1, morag, morag)).isEqualTo(Chairs.Removal.LAST_CHAIR);
    verify(repository, never()).deleteByGroupIdAndPersonKey(1, "aad-morag");
    verify(audit, never()).record(any(Long.class), any(), any(), any(), any(), any());
  }

  @Test
  void theLastAppointedChairMayGoWhenChairsAreConfiguredForEveryGroup() {
    when(repository.lockByGroupId(1)).thenReturn(List.of(new Chair(1, "aad-morag", "M", NOW)));

    assertThat(chairs(List.of("aad-board-chair")).remove(1, morag, morag))
        .isEqualTo(Chairs.Removal.REMOVED);
    verify(repository).deleteByGroupIdAndPersonKey(1, "aad-morag");
  }
}
