package org.interfacebot.meetings;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where minutes may live: only https links to these hosts (or their subdomains), such as the
 * board's SharePoint, are accepted.
 */
@ConfigurationProperties("interface-bot.meetings")
record MeetingsSettings(
    @DefaultValue({"nhsscotland.sharepoint.com", "nhs.sharepoint.com"})
        List<String> minutesHosts) {}
