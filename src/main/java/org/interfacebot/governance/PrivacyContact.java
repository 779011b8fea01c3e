package org.interfacebot.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whom people ask about their data: the board's Information Governance contact. Empty means the
 * bundle's general wording, {@code governance.privacy.default-contact}.
 */
@ConfigurationProperties("interface-bot.privacy")
record PrivacyContact(@DefaultValue("") String contact) {}
