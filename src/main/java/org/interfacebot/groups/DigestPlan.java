package org.interfacebot.groups;

import java.time.Instant;

/** A group with its digest setting and when the bot was installed in it. */
public record DigestPlan(GroupInfo group, DigestSetting setting, Instant installedAt) {}
