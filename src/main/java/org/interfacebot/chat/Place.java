package org.interfacebot.chat;

/** The conversation a message came from: its kind, the tenant and, in a team, the team id. */
public record Place(Where where, String conversationId, String tenantId, String teamId) {

  public boolean personal() {
    return where == Where.PERSONAL;
  }
}
