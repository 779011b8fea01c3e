package org.interfacebot.groups;

import org.interfacebot.audit.AuditTrail;
import org.interfacebot.chat.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills in the name of someone recorded without one, as chair, member or in the audit trail, once a
 * message from them gives it: Teams often sends whoever installs the bot with an id but no name. A
 * name already known is left as it is.
 */
@Service
public class Names {

  private final ChairRepository chairs;
  private final MemberRepository members;
  private final AuditTrail audit;

  Names(ChairRepository chairs, MemberRepository members, AuditTrail audit) {
    this.chairs = chairs;
    this.members = members;
    this.audit = audit;
  }

  @Transactional
  public void heard(Person person) {
    String name = person.name();
    if (name == null || name.isBlank() || person.key() == null) {
      return;
    }
    chairs.name(person.key(), name.strip());
    members.name(person.key(), name.strip());
    audit.named(person.key(), name.strip());
  }
}
