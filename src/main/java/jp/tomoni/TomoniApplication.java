package jp.tomoni;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tomoni (ともに): the civic-collaboration platform. One deployable, one module per capability. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TomoniApplication {

	public static void main(String[] args) {
		SpringApplication.run(TomoniApplication.class, args);
	}
}
