/**
 * The audit trail: who did what (raise, votes, closes, themes, minutes, outcomes, chair changes,
 * data removal), append-only. Other modules record through {@link
 * org.interfacebot.audit.AuditTrail} in the transaction of the change; it depends on no other
 * module, so every module may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.interfacebot.audit;
