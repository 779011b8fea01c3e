/** Application-wide configuration: the clock and the typed settings every module reads. */
@org.springframework.modulith.ApplicationModule(
    displayName = "Configuration",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.interfacebot.config;
