package org.interfacebot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;

/** The group's team as the fake connector gives it: GET pagedmembers and GET members/{userId}. */
final class FakeTeamRoster {

  private static final ObjectMapper JSON = new ObjectMapper();

  private volatile List<String> roster = defaultRoster();
  private volatile int lookupStatus = 200;
  private final AtomicInteger lookups = new AtomicInteger();

  static List<String> defaultRoster() {
    var users = new java.util.ArrayList<String>(List.of("chair", "m1"));
    for (int i = 1; i <= 9; i++) {
      users.add("gp" + i);
    }
    for (int i = 1; i <= 5; i++) {
      users.add("member" + i);
    }
    return List.copyOf(users);
  }

  void roster(List<String> userIds) {
    this.roster = List.copyOf(userIds);
  }

  void lookupsAnswer(int status) {
    this.lookupStatus = status;
  }

  int lookups() {
    return lookups.get();
  }

  void clearLookups() {
    lookups.set(0);
  }

  String pagedMembers() {
    var members = JSON.createArrayNode();
    for (String user : roster) {
      members.add(account(user));
    }
    var page = JSON.createObjectNode();
    page.set("members", members);
    return page.toString();
  }

  /** One person of the roster as Teams gives them; 404 as Teams answers for someone not in it. */
  MockResponse member(String teamsUserId) {
    lookups.incrementAndGet();
    if (lookupStatus != 200) {
      return new MockResponse().setResponseCode(lookupStatus);
    }
    String user = teamsUserId.startsWith("29:") ? teamsUserId.substring(3) : teamsUserId;
    if (!roster.contains(user)) {
      return new MockResponse()
          .setResponseCode(404)
          .setHeader("Content-Type", "application/json")
          .setBody(
              "{\"error\":{\"code\":\"MemberNotFoundInConversation\","
                  + "\"message\":\"The member could not be found in the conversation.\"}}");
    }
    return FakeBotConnector.json(account(user).toString());
  }

  private static JsonNode account(String user) {
    return JSON.createObjectNode()
        .put("id", "29:" + user)
        .put("name", user)
        .put("aadObjectId", "aad-" + user)
        .put("userPrincipalName", user + "@nhs.scot");
  }
}
