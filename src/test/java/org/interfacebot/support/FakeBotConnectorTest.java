package org.interfacebot.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FakeBotConnectorTest {

  @Test
  void aFaultNoTestLookedAtFailsTheConnectorsClose() throws Exception {
    var connector = new FakeBotConnector();
    // A malformed escape makes the fake's own URL decoding throw.
    assertThat(statusLine(connector, "/v3/conversations/%zz/activities")).contains(" 500 ");

    assertThatThrownBy(connector::close)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fake connector itself failed 1×")
        .satisfies(
            failure ->
                assertThat(failure.getSuppressed())
                    .singleElement()
                    .isInstanceOf(IllegalArgumentException.class));
  }

  @Test
  void aFaultAlreadyTakenDoesNotFailTheClose() throws Exception {
    var connector = new FakeBotConnector();
    statusLine(connector, "/v3/conversations/%zz/activities");

    assertThat(connector.takeFailures()).hasSize(1);
    connector.close();
  }

  /** Sends a raw request, since HTTP clients refuse to send a malformed escape. */
  private static String statusLine(FakeBotConnector connector, String path) throws Exception {
    URI base = URI.create(connector.serviceUrl());
    try (var socket = new Socket(base.getHost(), base.getPort());
        var in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))) {
      socket
          .getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: fake\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return in.readLine();
    }
  }
}
