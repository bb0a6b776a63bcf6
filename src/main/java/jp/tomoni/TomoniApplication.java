package jp.tomoni;

import java.util.Map;

import jp.tomoni.groups.GroupImportCommandLine;
import jp.tomoni.places.PlaceImportCommandLine;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** Tomoni (ともに): the civic-collaboration platform. One deployable, one module per capability. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TomoniApplication {

	public static void main(String[] args) {
		if (GroupImportCommandLine.isImport(args)) {
			System.exit(importGroups(args));
		}
		SpringApplication.run(TomoniApplication.class, args);
	}

	/**
	 * {@code import groups FILE …} and {@code import places FILE …}: the application starts without its web server, and the import runs once it is
	 * ready (the municipality registered, demonstration data and the first administrator created where due), so
	 * that it never races them. Logging is reduced to warnings: the report is the output.
	 */
	private static int importGroups(String[] args) {
		SpringApplication application = new SpringApplication(TomoniApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.setDefaultProperties(Map.of("logging.level.root", "WARN"));
		ConfigurableApplicationContext context = application.run(args);
		int status = PlaceImportCommandLine.isPlaceImport(args)
				? context.getBean(PlaceImportCommandLine.class).run(args, System.out)
				: context.getBean(GroupImportCommandLine.class).run(args, System.out);
		return SpringApplication.exit(context, () -> status);
	}
}
