package org.interfacebot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class InterfaceBotApplication {

  public static void main(String[] args) {
    SpringApplication.run(InterfaceBotApplication.class, args);
  }
}
