package org.interfacebot.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Whom people ask about their data: the board's Information Governance contact. */
@ConfigurationProperties("interface-bot.privacy")
record PrivacyContact(
    @DefaultValue("Your board's Information Governance team or Data Protection Officer.")
        String contact) {}
