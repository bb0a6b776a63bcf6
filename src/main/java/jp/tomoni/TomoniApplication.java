package jp.tomoni;

import java.util.Map;

import jp.tomoni.events.EventImportCommandLine;
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
		if (EventImportCommandLine.isImport(args)) {
			System.exit(runImport(args, context -> context.getBean(EventImportCommandLine.class).run(args, System.out)));
		}
		if (PlaceImportCommandLine.isPlaceImport(args)) {
			System.exit(runImport(args, context -> context.getBean(PlaceImportCommandLine.class).run(args, System.out)));
		}
		if (GroupImportCommandLine.isImport(args)) {
			System.exit(runImport(args, context -> context.getBean(GroupImportCommandLine.class).run(args, System.out)));
		}
		SpringApplication.run(TomoniApplication.class, args);
	}

	/**
	 * {@code import groups|places|events FILE …}: the application starts without its web server, and the import runs
	 * once it is ready (the municipality registered, demonstration data and the first administrator created where
	 * due), so that it never races them. Logging is reduced to warnings: the report is the output.
	 */
	private static int runImport(String[] args,
			java.util.function.ToIntFunction<ConfigurableApplicationContext> command) {
		SpringApplication application = new SpringApplication(TomoniApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.setDefaultProperties(Map.of("logging.level.root", "WARN"));
		ConfigurableApplicationContext context = application.run(args);
		int status = command.applyAsInt(context);
		return SpringApplication.exit(context, () -> status);
	}
}
